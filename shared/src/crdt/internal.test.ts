import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { clearInternalNotes, internalNotes, readInternalNotes } from "./internal.ts";

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("the pokja's internal meeting notes", () => {
  it("keeps what two phones typed while apart into a meeting's notes neither had started", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    internalNotes(a, "m1")!.insert(0, "Kel. Lake: anak pendek.");
    internalNotes(b, "m1")!.insert(0, "Rujuk ke puskesmas.");
    sync(a, b);
    const merged = readInternalNotes(a, "m1");
    expect(merged).toBe(readInternalNotes(b, "m1"));
    expect(merged).toContain("Kel. Lake: anak pendek.");
    expect(merged).toContain("Rujuk ke puskesmas.");
  });

  it("keeps each meeting's notes apart and gives none to an id that is not a plain id", () => {
    const doc = new Y.Doc();
    internalNotes(doc, "m1")!.insert(0, "satu");
    internalNotes(doc, "m2")!.insert(0, "dua");
    expect(readInternalNotes(doc, "m1")).toBe("satu");
    expect(readInternalNotes(doc, "m2")).toBe("dua");
    expect(internalNotes(doc, "../m1")).toBeNull();
    expect(internalNotes(doc, "__proto__ x")).toBeNull();
    expect(readInternalNotes(doc, "m3")).toBe("");
  });

  it("empties a removed meeting's notes on every device", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    internalNotes(a, "m1")!.insert(0, "NIK 5371010101010001");
    sync(a, b);
    clearInternalNotes(b, "m1");
    sync(a, b);
    expect(readInternalNotes(a, "m1")).toBe("");
  });
});
