import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { dropParked } from "./parked.ts";

describe("dropParked", () => {
  it("drops the structs and deletions a copy holds for a dependency it never got, so its step 2 no longer carries them", () => {
    const elsewhere = new Y.Doc();
    elsewhere.getText("t").insert(0, "tidak pernah sampai");
    const later = new Y.Doc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(elsewhere));
    const parkedUpdates: Uint8Array[] = [];
    later.on("update", (u: Uint8Array) => parkedUpdates.push(u));
    later.getText("t").insert(5, "X");
    later.getText("t").delete(0, 2);

    const device = new Y.Doc();
    device.getMap("m").set("k", "v");
    for (const u of parkedUpdates) Y.applyUpdate(device, u);
    expect(device.store.pendingStructs).not.toBeNull();
    expect(device.store.pendingDs).not.toBeNull();
    const clients = (doc: Y.Doc) => [...Y.parseUpdateMeta(Y.encodeStateAsUpdate(doc, new Uint8Array([0]))).to.keys()].sort();
    expect(clients(device)).toEqual([device.clientID, later.clientID].sort());

    expect(dropParked(device)).toBe(true);
    expect(clients(device)).toEqual([device.clientID]);
    expect(device.getMap("m").get("k")).toBe("v");
    expect(dropParked(device)).toBe(false);
  });
});
