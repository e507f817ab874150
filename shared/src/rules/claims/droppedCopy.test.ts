import { describe, expect, it } from "vitest";
import { droppedCopiesEdits, droppedCopyEdits, type CopyField, type CopyFields, type FieldValue } from "./droppedCopy.ts";

/** A copy from "key=value" (made so) and "key=value*" (written again after the copy was made). */
function copy(...fields: string[]): CopyFields {
  return new Map(
    fields.map((f): [string, CopyField] => {
      const [key = "", raw = ""] = f.split("=");
      return [key, { value: raw.replace(/\*$/, ""), edited: raw.endsWith("*") }];
    }),
  );
}

const plain = (m: Map<string, FieldValue>) => Object.fromEntries(m);

describe("droppedCopyEdits: what of a dropped card copy is written onto the kept one", () => {
  it.each([
    { case: "edited on the dropped copy only", dropped: ["status=claimed*"], kept: ["status=open"], out: { status: "claimed" } },
    { case: "edited on both: the kept copy's value stays", dropped: ["status=claimed*"], kept: ["status=in_progress*"], out: {} },
    { case: "edited on the kept copy only", dropped: ["funding="], kept: ["funding=Dana Desa*"], out: {} },
    { case: "edited on neither, values differ (how each phone made it)", dropped: ["description=Notulen A"], kept: ["description=Notulen B"], out: {} },
    { case: "edited on the dropped copy back to the kept value", dropped: ["status=open*"], kept: ["status=open"], out: {} },
    { case: "a field only the dropped copy has", dropped: ["verifiedNote=Sudah dipakai"], kept: [], out: { verifiedNote: "Sudah dipakai" } },
    { case: "a field only the kept copy has", dropped: [], kept: ["verifiedNote=Sudah dipakai"], out: {} },
    {
      case: "several fields, each on its own",
      dropped: ["status=claimed*", "description=Survei 1 Des*", "funding=", "updatedAt=2026-11-22T10:00*"],
      kept: ["status=open", "description=Notulen B", "funding=Dana Desa*", "updatedAt=2026-11-22T09:00"],
      out: { status: "claimed", description: "Survei 1 Des", updatedAt: "2026-11-22T10:00" },
    },
  ])("$case", ({ dropped, kept, out }) => {
    expect(plain(droppedCopyEdits(copy(...dropped), copy(...kept)))).toEqual(out);
  });

  it("writes nothing the second time: a written field is an edited field of the kept copy", () => {
    const dropped = copy("status=claimed*", "verifiedNote=x");
    const kept = new Map(copy("status=open"));
    for (const [key, value] of droppedCopyEdits(dropped, kept)) kept.set(key, { value, edited: true });
    expect(plain(droppedCopyEdits(dropped, kept))).toEqual({});
  });

  it("keeps values that are not strings as they are", () => {
    const dropped = new Map<string, CopyField>([["n", { value: 3, edited: true }], ["b", { value: false, edited: true }], ["z", { value: null, edited: false }]]);
    const kept = new Map<string, CopyField>([["n", { value: 2, edited: false }], ["b", { value: true, edited: false }]]);
    expect(plain(droppedCopyEdits(dropped, kept))).toEqual({ n: 3, b: false, z: null });
  });
});

describe("droppedCopiesEdits: several copies dropped at once", () => {
  it.each([
    { case: "different fields: all of them", dropped: [["status=claimed*"], ["funding=CSR*"]], kept: ["status=open", "funding="], out: { status: "claimed", funding: "CSR" } },
    { case: "one field edited on two: the first copy's", dropped: [["status=claimed*"], ["status=open*"]], kept: ["status=open"], out: { status: "claimed" } },
    { case: "edited on the kept copy too: the kept copy's", dropped: [["status=claimed*"], ["status=claimed*"]], kept: ["status=in_progress*"], out: {} },
    { case: "none", dropped: [], kept: ["status=open"], out: {} },
  ])("$case", ({ dropped, kept, out }) => {
    expect(plain(droppedCopiesEdits(dropped.map((d) => copy(...d)), copy(...kept)))).toEqual(out);
  });
});
