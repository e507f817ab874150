import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { emptyHousehold } from "../../model/index.ts";
import { addHousehold, addMeasurement, addMember, deleteHousehold, readHouseholdChanges, updateHousehold, updateMeasurement, type Writer } from "./index.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00Z`);
let counter = 0;
const as = (by: string): Writer => ({ by, newId: () => `c${(counter++).toString(36).padStart(3, "0")}` });

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function twoPhones(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  addHousehold(a, "h1", { ...emptyHousehold(), kepala: "Yohanes Seran", rt: 5, rw: 2, alamat: "Jl. Kenanga 3" }, NOW, as("A"));
  addMember(a, "h1", "c1", { nama: "Maria", birthDate: "2025-03-01" }, NOW, as("A"));
  addMeasurement(a, "h1", "x1", { memberId: "c1", date: "2026-11-20", position: "lying", measuredBy: "Bidan Ani", lengthCm: 72.5, weightKg: 8.1 }, NOW, as("A"));
  sync(a, b);
  return [a, b];
}

const line = (c: ReturnType<typeof readHouseholdChanges>[number]) => [c.kind, c.target.field, c.value, c.by, c.state, c.replacedBy?.by ?? ""];

describe("a family's change history", () => {
  it("lists when it was recorded and who changed what, oldest first", () => {
    const [a] = twoPhones();
    updateHousehold(a, "h1", { jamban: "tidak_ada" }, at("09:00"), as("Bidan Sari"));
    updateMeasurement(a, "h1", "x1", { weightKg: 8.3 }, at("08:00"), as("Kader Yuli"));
    expect(readHouseholdChanges(a, "h1").map(line)).toEqual([
      ["created", "", null, "", "current", ""],
      ["created", "", null, "Bidan Ani", "current", ""],
      ["edit", "weightKg", 8.3, "Kader Yuli", "current", ""],
      ["edit", "jamban", "tidak_ada", "Bidan Sari", "current", ""],
    ]);
  });

  it("shows the address a concurrent edit replaced, by whom, before and after someone settles it", () => {
    const [a, b] = twoPhones();
    updateHousehold(a, "h1", { alamat: "Jl. Mawar 3" }, at("10:03"), as("Bidan Sari"));
    updateHousehold(b, "h1", { alamat: "Jl. Melati 5" }, at("10:05"), as("Kader Yuli"));
    sync(a, b);
    const edits = () => readHouseholdChanges(a, "h1").filter((c) => c.target.field === "alamat").map(line);
    const shownBy = edits().find((l) => l[4] === "current")![3];
    const lostBy = shownBy === "Bidan Sari" ? "Kader Yuli" : "Bidan Sari";
    expect(edits()).toHaveLength(2);
    expect(edits().find((l) => l[4] === "replaced")).toEqual(["edit", "alamat", lostBy === "Bidan Sari" ? "Jl. Mawar 3" : "Jl. Melati 5", lostBy, "replaced", shownBy]);
    // the lurah keeps the value shown: the replaced one stays in the history, replaced by the lurah's choice
    updateHousehold(b, "h1", { alamat: readHouseholdChanges(b, "h1").find((c) => c.target.field === "alamat" && c.state === "current")!.value as string }, at("11:00"), as("Pak Lurah"));
    sync(a, b);
    expect(edits().map((l) => [l[3], l[4], l[5]])).toEqual([
      [lostBy, "replaced", "Pak Lurah"],
      ["Pak Lurah", "current", ""],
    ]);
  });

  it("orders two changes made within one second as they were written (the deletion after the edit)", () => {
    const [a] = twoPhones();
    const second = new Date("2026-11-23T09:00:00.100Z");
    updateHousehold(a, "h1", { jamban: "tidak_ada" }, second, as("Bidan Sari"));
    updateHousehold(a, "h1", { sumberAir: "sumur_terlindung" }, new Date("2026-11-23T09:00:00.400Z"), as("Bidan Sari"));
    deleteHousehold(a, "h1", new Date("2026-11-23T09:00:00.900Z"), as("Bidan Sari"));
    const fields = readHouseholdChanges(a, "h1").filter((c) => c.kind === "edit").map((c) => c.target.field);
    expect(fields).toEqual(["jamban", "sumberAir", "deleted"]);
    // and so after the same edits in the other order: not the schema's order
    const [b] = twoPhones();
    deleteHousehold(b, "h1", second, as("Bidan Sari"));
    updateHousehold(b, "h1", { jamban: "tidak_ada" }, second, as("Bidan Sari"));
    expect(readHouseholdChanges(b, "h1").filter((c) => c.kind === "edit").map((c) => c.target.field)).toEqual(["deleted", "jamban"]);
  });

  it("marks both values of a disputed critical field", () => {
    const [a, b] = twoPhones();
    updateMeasurement(a, "h1", "x1", { lengthCm: 71 }, at("10:00"), as("Bidan Sari"));
    updateMeasurement(b, "h1", "x1", { lengthCm: 72 }, at("10:01"), as("Kader Yuli"));
    sync(a, b);
    expect(readHouseholdChanges(a, "h1").filter((c) => c.target.field === "lengthCm").map((c) => [c.value, c.state])).toEqual([
      [71, "disputed"],
      [72, "disputed"],
    ]);
  });
});
