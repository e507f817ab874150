import { describe, expect, it } from "vitest";
import { draftFromRoster, type DraftFamily, type DraftProposal } from "./draft.ts";

const family = (patch: Partial<DraftFamily>): DraftFamily => ({ rw: 1, isKrs: true, factors: [], baduta: false, pusHamil: false, stuntedChildren: 0, targetingGap: false, ...patch });
const times = (n: number, patch: Partial<DraftFamily>) => Array.from({ length: n }, () => family(patch));
/** the parts of the proposals a table row states */
const brief = (p: DraftProposal[]) => p.map((x) => `${x.key}=${x.count}${x.exists ? " (ada)" : ""}`);

describe("draftFromRoster", () => {
  it.each<[string, DraftFamily[], string[]]>([
    ["an empty roster proposes nothing", [], []],
    ["families that are not KRS propose nothing, whatever their jamban", times(3, { isKrs: false, factors: [] }), []],
    ["jamban tidak layak in 35 KRS families of RW 3: latrines there, for 35", times(35, { rw: 3, factors: ["jamban_tidak_layak"] }), ["jamban@rw3=35"]],
    [
      "housing work is proposed per RW, RWs ascending, unrecorded RW last",
      [...times(4, { rw: 2, factors: ["air_tidak_layak"] }), ...times(2, { rw: null, factors: ["air_tidak_layak"] }), ...times(5, { rw: 1, factors: ["air_tidak_layak"] })],
      ["air@rw1=5", "air@rw2=4", "air@rw?=2"],
    ],
    [
      "counselling is one village activity with the RWs' total",
      [...times(3, { rw: 1, factors: ["tidak_kb_modern"] }), ...times(6, { rw: 4, factors: ["tidak_kb_modern"] })],
      ["kb_modern@desa=9"],
    ],
    [
      "the 4T factors overlap: a family with three of them counts once",
      [family({ factors: ["terlalu_tua", "terlalu_banyak", "terlalu_dekat"] }), family({ factors: ["terlalu_muda"] })],
      ["empat_terlalu@desa=2"],
    ],
    [
      "a family with several factors adds to each template it meets, in the table's order",
      [family({ rw: 2, factors: ["air_tidak_layak", "jamban_tidak_layak", "tidak_kb_modern"], baduta: true, pusHamil: true })],
      ["jamban@rw2=1", "air@rw2=1", "kb_modern@desa=1", "ibu_hamil@desa=1", "baduta@desa=1"],
    ],
    ["baduta and pregnant wives count only in KRS families", [family({ isKrs: false, baduta: true, pusHamil: true })], []],
    ["stunted children count as children, KRS or not", [family({ isKrs: false, stuntedChildren: 2 }), family({ stuntedChildren: 1 })], ["stunting@desa=3"]],
    ["the targeting gap (poor KRS without PKH/BPNT/PBI) proposes social aid", times(7, { targetingGap: true }), ["bansos@desa=7"]],
    ["an RW 0 or a fraction is not a recorded RW", [family({ rw: 0, factors: ["jamban_tidak_layak"] }), family({ rw: 1.5, factors: ["jamban_tidak_layak"] })], ["jamban@rw?=2"]],
  ])("%s", (_name, families, expected) => {
    expect(brief(draftFromRoster(families))).toEqual(expected);
  });

  it("carries what the pokja edits from: seksi, Ragapantas domain, unit, source and where the count lives", () => {
    const [jamban, kb] = draftFromRoster([...times(2, { rw: 3, factors: ["jamban_tidak_layak", "tidak_kb_modern"] }), family({ rw: 1, factors: ["tidak_kb_modern"] })]);
    expect(jamban).toEqual({
      key: "jamban@rw3", template: "jamban", rw: 3, scope: "rw", seksi: "pembinaan_lingkungan", domain: "pantas_tempat_tinggal", unit: "keluarga", source: "dana_desa",
      count: 2, byRw: [{ rw: 3, count: 2 }], exists: false,
    });
    expect(kb).toMatchObject({ key: "kb_modern@desa", rw: null, scope: "desa", seksi: "reproduksi", domain: "pantas_sehat", count: 3, byRw: [{ rw: 1, count: 1 }, { rw: 3, count: 2 }] });
  });

  it("marks the proposals the year's plan already has an activity from", () => {
    const families = [...times(2, { rw: 1, factors: ["jamban_tidak_layak"] }), ...times(3, { rw: 2, factors: ["jamban_tidak_layak"] })];
    expect(brief(draftFromRoster(families, new Set(["jamban@rw2", "air@rw1"])))).toEqual(["jamban@rw1=2", "jamban@rw2=3 (ada)"]);
  });

  it("says nothing of any family: a proposal holds keys, areas and counts only", () => {
    const proposals = draftFromRoster(times(4, { rw: 2, factors: ["jamban_tidak_layak"], stuntedChildren: 1 }));
    const fields = new Set(proposals.flatMap((p) => Object.keys(p)));
    expect([...fields].sort()).toEqual(["byRw", "count", "domain", "exists", "key", "rw", "scope", "seksi", "source", "template", "unit"]);
  });
});
