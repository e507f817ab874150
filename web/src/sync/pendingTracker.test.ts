import { describe, expect, it } from "vitest";
import { PendingTracker } from "./pendingTracker.ts";

const b = (...xs: number[]) => new Uint8Array(xs);

describe("PendingTracker", () => {
  it("counts local updates until the relay echoes them", () => {
    const t = new PendingTracker();
    t.localUpdate(b(1), 1000);
    t.localUpdate(b(2), 2000);
    expect(t.snapshot()).toEqual({ count: 2, since: 1000 });
    t.remoteUpdate(b(1));
    expect(t.snapshot()).toEqual({ count: 1, since: 2000 });
    t.remoteUpdate(b(2));
    expect(t.snapshot()).toEqual({ count: 0, since: null });
  });

  it("an echo confirms every earlier change on the ordered socket", () => {
    const t = new PendingTracker();
    t.localUpdate(b(1));
    t.localUpdate(b(2));
    t.localUpdate(b(3));
    t.remoteUpdate(b(2));
    expect(t.snapshot().count).toBe(1);
  });

  it("ignores updates from other devices", () => {
    const t = new PendingTracker();
    t.localUpdate(b(1));
    t.remoteUpdate(b(9, 9));
    expect(t.snapshot().count).toBe(1);
  });

  it("a step 2 echo confirms offline changes made before it was sent, not after", () => {
    const t = new PendingTracker();
    t.localUpdate(b(1));
    t.localUpdate(b(2));
    t.sentStep2(b(7, 7, 7));
    t.localUpdate(b(3));
    t.remoteUpdate(b(7, 7, 7));
    expect(t.snapshot().count).toBe(1);
  });

  it("restored changes from an earlier session wait for the next step 2 echo", () => {
    const t = new PendingTracker({ count: 3, since: 500 });
    expect(t.snapshot()).toEqual({ count: 3, since: 500 });
    t.remoteUpdate(b(1));
    expect(t.snapshot().count).toBe(3);
    t.sentStep2(b(4));
    t.remoteUpdate(b(4));
    expect(t.snapshot()).toEqual({ count: 0, since: null });
  });

  it("a step 2 sent on a socket that closed is never taken as confirmed", () => {
    const t = new PendingTracker();
    t.localUpdate(b(1));
    t.sentStep2(b(5));
    t.disconnected();
    t.remoteUpdate(b(5));
    expect(t.snapshot().count).toBe(1);
  });

  it("notifies subscribers on change", () => {
    const t = new PendingTracker();
    const seen: number[] = [];
    const off = t.subscribe((s) => seen.push(s.count));
    t.localUpdate(b(1));
    t.remoteUpdate(b(1));
    off();
    t.localUpdate(b(2));
    expect(seen).toEqual([1, 0]);
  });
});

describe("PendingTracker, changes without bytes", () => {
  it("a change made while the device copy loaded waits for the next step 2 echo", () => {
    const t = new PendingTracker();
    t.localChangeWithoutBytes(700);
    expect(t.snapshot()).toEqual({ count: 1, since: 700 });
    t.sentStep2(b(3));
    t.remoteUpdate(b(3));
    expect(t.snapshot().count).toBe(0);
  });
});
