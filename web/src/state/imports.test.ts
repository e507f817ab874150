import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addHousehold, addMember, readHouseholds } from "@shared/crdt/roster/index.ts";
import { emptyHousehold, type SocialRow } from "@shared/model/index.ts";
import { DEFAULT_SCREENING_SETTINGS } from "@shared/rules/index.ts";
import { createAssessor } from "./assessment.ts";
import { createImportState } from "./imports.ts";
import { createIrisan } from "./irisan.ts";
import { createRosterState } from "./roster.ts";

// Vitest runs solid-js's server build, where a memo computes once: the irisan is made anew per reading
// (the browser's reactivity is the Playwright spec's to show); signals set by observers are read as they are.

const NOW = new Date("2026-11-22T10:00:00Z");
const row = (id: string, desil: number, aid: SocialRow["aid"]): SocialRow => ({ id, nik: "", noKk: "", name: "X", birthDate: "", rt: 1, rw: 1, alamat: "", desil, aid });

/** Two families with a baby and no jamban: both KRS; neither on the social list yet. */
function roster(): Y.Doc {
  const doc = new Y.Doc();
  for (const id of ["h1", "h2"]) {
    addHousehold(doc, id, { ...emptyHousehold(), kepala: id, rt: 1, rw: 1, sumberAir: "ledeng", jamban: "tidak_ada" }, NOW, { by: "A", newId: () => "e1" });
    addMember(doc, id, "c1", { nama: "Bayi", relation: "anak", sex: "F", birthDate: new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10) }, NOW, { by: "A", newId: () => "e2" });
  }
  return doc;
}

describe("import state and the irisan over the roster", () => {
  it("follows imports, decisions and undo: the queue, the batches and the irisan's counts", () =>
    createRoot(async (dispose) => {
      const doc = roster();
      const [state] = createRosterState(doc, "Bidan Ani");
      const [imports, actions] = createImportState(doc, "Bidan Ani");
      const assessor = createAssessor(() => DEFAULT_SCREENING_SETTINGS);
      const irisan = () => createIrisan(() => readHouseholds(doc), assessor)();
      expect(irisan().counts).toMatchObject({ krs: 2, byBand: { desil1_4: 0, tanpaDesil: 2 }, gap: 0 });

      const batch = { id: actions.newBatchId(), kind: "sosial" as const, source: { fileName: "dtsen.csv", sheet: "", listName: "" }, ruleVersion: "fs-1", rows: 2 };
      await actions.applySocialLinks(batch, { links: [{ householdId: "h1", row: row("DT-1", 2, []), score: 20, evidence: [] }], reviews: [{ row: row("DT-2", 3, ["PKH"]), candidates: [{ householdId: "h2", score: 5, evidence: [] }] }], unmatched: [], complete: true });
      expect(imports.batches().map((b) => [b.id, b.by, b.counts.linked, b.counts.review])).toEqual([[batch.id, "Bidan Ani", 1, 1]]);
      expect(imports.review().map((e) => [e.rowId, e.state])).toEqual([["DT-2", "open"]]);
      expect(irisan().counts).toMatchObject({ byBand: { desil1_4: 1, tanpaDesil: 1 }, gap: 1 });

      const decision = actions.decide({ list: "sosial", rowId: "DT-2", householdId: "h2", outcome: "link", ruleVersion: "fs-1", score: 5, evidence: [] })!;
      expect(imports.review()).toEqual([]);
      expect(state.byId("h2")).toMatchObject({ desil: 3, aid: ["PKH"] });
      expect(irisan().counts).toMatchObject({ byBand: { desil1_4: 2, tanpaDesil: 0 }, gap: 1 });
      expect(imports.decisions().map((d) => [d.outcome, d.by])).toEqual([["link", "Bidan Ani"]]);

      actions.undo(decision.id);
      expect(imports.review().map((e) => e.rowId)).toEqual(["DT-2"]);
      expect(irisan().counts.byBand.tanpaDesil).toBe(1);
      dispose();
    }));
});
