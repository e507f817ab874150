import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { checkApplicable } from "./applyUpdate.ts";

/** The relay's copy, a phone that confirmed part of it and then worked offline, and the lurah's device. */
function scene() {
  const relay = new Y.Doc();
  relay.getArray("households").push(["Maria Goreti"]);
  const phone = new Y.Doc();
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(relay));
  const confirmed = Y.encodeStateVector(phone);
  phone.getArray("households").push(["Agus Salim"]); // never reached the relay; it sits after Maria's item
  const exported = Y.encodeStateAsUpdate(phone, confirmed);
  return { relay, phone, exported };
}

describe("applying another device's exported changes", () => {
  it("applies on a device that holds what the relay holds", () => {
    const { relay, exported } = scene();
    const lurah = new Y.Doc();
    Y.applyUpdate(lurah, Y.encodeStateAsUpdate(relay));
    expect(checkApplicable(lurah, exported)).toBe("applicable");
    // the check leaves the document untouched
    expect(lurah.getArray("households").toJSON()).toEqual(["Maria Goreti"]);
  });

  it("asks for a sync first on a device that lacks what the changes build on", () => {
    const { exported } = scene();
    const behind = new Y.Doc();
    expect(checkApplicable(behind, exported)).toBe("needs-sync");
    expect(behind.store.pendingStructs).toBeNull();
  });

  it("says a damaged update is damaged", () => {
    expect(checkApplicable(new Y.Doc(), new Uint8Array([200, 1, 7, 7, 7]))).toBe("damaged");
  });
});
