import { describe, expect, it } from "vitest";
import { emptyHousehold, emptyMember, type Household, type HouseholdSources, type FamilyImportInput, type Member } from "../model/index.ts";
import { diffFamilyList, matchMembers, planFamily } from "./familyListDiff.ts";

const sources = (patch: Partial<HouseholdSources> = {}): HouseholdSources => ({ families: [{ listId: "PK-1", batchId: "b0001" }], social: [], hand: { desil: null, aid: {} }, differs: [], handEdited: [], importEdited: [], ...patch });
const member = (id: string, patch: Partial<Member>): Member => ({ ...emptyMember(), id, ...patch });

/** A household an import made ("_" id): its first values are the list's. */
function imported(patch: Partial<Household> = {}): Household {
  return {
    ...emptyHousehold(), id: "_abc", kepala: "Yohanes Seran", rt: 3, rw: 2, noKk: "5371011810181295", alamat: "Jl. Anggrek 9", aid: [], consent: null,
    members: [member("_m1", { nama: "Yohanes Seran", relation: "kepala", nik: "5371011304967123" }), member("_m2", { nama: "Maria", relation: "istri" })],
    measurements: [], conflicts: [], createdAt: "", updatedAt: "", sources: sources(), ...patch,
  };
}

const listFamily = (fields: FamilyImportInput["fields"], members: FamilyImportInput["members"] = [], listId = "PK-1"): FamilyImportInput => ({ householdId: null, listId, rowNumber: 2, fields, members });
const changes = (h: Household | null, f: FamilyImportInput) => planFamily(h, f).changes.map((c) => `${c.record}.${c.field}: ${String(c.old)} -> ${String(c.new)}${c.kept ? " (kept)" : ""}`);

describe("planFamily", () => {
  it.each([
    ["a changed field of an imported household is written", imported(), listFamily({ rt: 4 }), ["household.rt: 3 -> 4"]],
    ["the same values change nothing", imported(), listFamily({ rt: 3, kepala: "Yohanes Seran" }), []],
    ["a blank cell never clears a value", imported(), listFamily({ alamat: "", noKk: "" }), []],
    ["a value a person edited is kept", imported({ sources: sources({ handEdited: ["rt"] }) }), listFamily({ rt: 4 }), ["household.rt: 3 -> 4 (kept)"]],
    ["a hand-entered household's value is kept, its empty field filled", imported({ id: "hand1", dusun: "", sources: sources() }), listFamily({ rt: 4, dusun: "Oesapa" }), ["household.dusun:  -> Oesapa", "household.rt: 3 -> 4 (kept)"]],
    ["a hand-entered household's value an earlier import wrote is the list's", imported({ id: "hand1", sources: sources({ importEdited: ["noKk"] }) }), listFamily({ noKk: "5371012810056931" }), ["household.noKk: 5371011810181295 -> 5371012810056931"]],
    ["a member matched by NIK gets the list's changes", imported(), listFamily({}, [{ nik: "5371011304967123", nama: "YOHANES SERAN" }]), ["_m1.nama: Yohanes Seran -> YOHANES SERAN"]],
    ["a member a person renamed keeps the name", imported({ sources: sources({ handEdited: ["_m1.nama"] }) }), listFamily({}, [{ nik: "5371011304967123", nama: "YOHANES SERAN" }]), ["_m1.nama: Yohanes Seran -> YOHANES SERAN (kept)"]],
    ["a person the household lacks is added", imported(), listFamily({}, [{ nama: "Ana", relation: "anak" }]), [".member: null -> Ana"]],
    ["a new household takes every non-blank value", null, listFamily({ kepala: "Agus", rt: 1, alamat: "" }), []],
  ] as const)("%s", (_, h, f, expected) => {
    expect(changes(h, f)).toEqual(expected);
  });

  it("a new household's patch holds the list's values and every person", () => {
    const plan = planFamily(null, listFamily({ kepala: "Agus", rt: 1, alamat: "" }, [{ nama: "Agus", relation: "kepala", nik: "" }]));
    expect(plan).toMatchObject({ householdId: null, patch: { kepala: "Agus", rt: 1 }, members: [{ memberId: null, patch: { nama: "Agus", relation: "kepala" } }] });
  });
});

describe("matchMembers", () => {
  const members = [member("k", { nama: "Yohanes Seran", relation: "kepala", nik: "5371011304967123" }), member("i", { nama: "Maria Bria", relation: "istri" }), member("a", { nama: "Ana", relation: "anak" })];
  it.each([
    ["by NIK, whatever the name", [{ nik: "5371-0113-0496-7123", nama: "Y. Seran" }], ["k"]],
    ["the only wife by relation", [{ nama: "MARIA", relation: "istri" as const }], ["i"]],
    ["by name, ignoring case and punctuation", [{ nama: "ana" }], ["a"]],
    ["one member once", [{ nama: "Ana" }, { nama: "ana" }], ["a", null]],
    ["nobody", [{ nama: "Budi", relation: "anak" as const }], [null]],
  ] as const)("%s", (_, people, expected) => {
    expect(matchMembers(members, people).map((m) => m?.id ?? null)).toEqual(expected);
  });
});

describe("diffFamilyList", () => {
  it("sorts the list into new, changed, unchanged and gone, matched by the list's id or the wizard's choice", () => {
    const roster = [imported(), imported({ id: "_def", kepala: "Budi", sources: sources({ families: [{ listId: "PK-2", batchId: "b0001" }] }) }), imported({ id: "hand", kepala: "Siti", sources: undefined })];
    const diff = diffFamilyList(roster, [listFamily({ rt: 5 }), { ...listFamily({ kepala: "Siti" }, [], "PK-9"), householdId: "hand" }, listFamily({ kepala: "Agus" }, [], "PK-3")]);
    expect(diff.new.map((p) => p.family.listId)).toEqual(["PK-3"]);
    expect(diff.changed.map((p) => p.householdId)).toEqual(["_abc"]);
    expect(diff.unchanged.map((p) => p.householdId)).toEqual(["hand"]);
    expect(diff.gone).toEqual([{ householdId: "_def", listId: "PK-2", kepala: "Budi", rt: 3, rw: 2 }]);
  });
});
