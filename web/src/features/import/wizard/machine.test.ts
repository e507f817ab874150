import { describe, expect, it } from "vitest";
import type { FieldGuess, ListSummary, SheetChoice } from "@shared/import/index.ts";
import type { ListPreview, MappingSetup, OpenedSummary, SheetSetup } from "../worker/protocol.ts";
import { assignColumn, canConfirm, canRead, INITIAL, missingFields, sheetWithoutAsking, step, type SavePhase, type WizardEvent, type WizardState } from "./machine.ts";

const sheet = (index: number, filledRows: number, score = 3): SheetChoice => ({
  index,
  name: `Lembar${index + 1}`,
  filledRows,
  header: filledRows > 0 ? { index: 0, row: 1, header: ["Nama", "RT"], score } : null,
  kind: null,
});
const file = (sheets: SheetChoice[]): OpenedSummary => ({ fileName: "dtsen.xlsx", format: "xlsx", bytes: 1000, sheets, notices: [] });
const setup: SheetSetup = { sheetIndex: 0, sheetName: "Lembar1", headerIndex: 0, header: ["Nama", "RT", "Desil"], signature: "3-abc", kindGuess: "social", topRows: [], problem: null };
const field = (f: FieldGuess["field"], required: boolean, column: number | null): FieldGuess => ({ field: f, label: f, required, column, score: column === null ? 0 : 1, alternatives: [] });
const mapping: MappingSetup = {
  kind: "social",
  fields: [field("nama", true, 0), field("rt", false, 1), field("desil", false, 2)],
  mapping: { kind: "social", columns: { nama: 0, rt: 1, desil: 2 } },
};
const summary = (over: Partial<ListSummary> = {}): ListSummary => ({ rows: 10, rowsOk: 10, rowsWithWarnings: 0, rowsWithErrors: 0, rowsSkipped: 0, records: 10, byProblem: [], blocking: false, ...over });
const preview = (over: Partial<ListSummary> = {}): ListPreview => ({ kind: "social", sheetName: "Lembar1", headerRow: 1, summary: summary(over), fileProblems: [], groups: [], problemCount: 0, sample: [] });

function run(events: WizardEvent[], from: WizardState = INITIAL): WizardState {
  return events.reduce(step, from);
}

const toMapping: WizardEvent[] = [
  { type: "fileChosen", fileName: "dtsen.xlsx" },
  { type: "opened", outcome: { ok: true, file: file([sheet(0, 11)]) } },
  { type: "sheetChosen", index: 0 },
  { type: "sheetReady", setup, mapping, remembered: false },
];

describe("import wizard steps", () => {
  it("goes file -> opening -> sheet -> setup -> mapping -> reading -> preview", () => {
    const events: WizardEvent[] = [...toMapping, { type: "readStarted" }, { type: "readDone", preview: preview() }];
    const seen = [INITIAL.step, ...events.map((_, i) => run(events.slice(0, i + 1)).step)];
    expect(seen).toEqual(["file", "opening", "sheet", "setup", "mapping", "reading", "preview"]);
  });

  it("a refused file goes back to the file step with the reader's message", () => {
    const problem = { key: "pdf" as const, severity: "error" as const, values: {}, message: "File ini PDF, bukan tabel." };
    const state = run([{ type: "fileChosen", fileName: "x.pdf" }, { type: "opened", outcome: { ok: false, problem } }]);
    expect(state).toEqual({ step: "file", problem, failure: null });
  });

  it.each([
    ["one filled sheet is taken without asking", [sheet(0, 5)], 0],
    ["an empty sheet beside it does not make a choice", [sheet(0, 0), sheet(1, 7)], 1],
    ["two filled sheets are asked", [sheet(0, 5), sheet(1, 7)], null],
  ])("%s", (_, sheets, expected) => {
    expect(sheetWithoutAsking(file(sheets))).toBe(expected);
  });

  it("offers first the sheet whose header is recognised best", () => {
    const state = run([{ type: "fileChosen", fileName: "f.xlsx" }, { type: "opened", outcome: { ok: true, file: file([sheet(0, 5, 2), sheet(1, 5, 6)]) } }]);
    expect(state.step === "sheet" && state.chosen).toBe(1);
  });

  it("progress moves the bar of its own phase only", () => {
    const opening = run([{ type: "fileChosen", fileName: "f.csv" }, { type: "progress", progress: { phase: "open", rows: 100, fraction: 0.4 } }]);
    expect(opening.step === "opening" && opening.progress).toBe(0.4);
    expect(step(opening, { type: "progress", progress: { phase: "check", rows: 100, fraction: 0.9 } })).toBe(opening);
  });

  it("cannot read while a required column is missing, and reads once it is chosen", () => {
    const mapped = run(toMapping);
    const withoutName = step(mapped, { type: "columnChosen", field: "nama", column: null });
    expect(missingFields(withoutName as never).map((f) => f.field)).toEqual(["nama"]);
    expect(canRead(withoutName)).toBe(false);
    expect(step(withoutName, { type: "readStarted" })).toBe(withoutName);
    const again = step(withoutName, { type: "columnChosen", field: "nama", column: 0 });
    expect(canRead(again)).toBe(true);
  });

  it("a column belongs to one field: giving it to another takes it from the first", () => {
    const next = assignColumn(mapping, "rt", 2);
    expect(next.mapping.columns).toEqual({ nama: 0, rt: 2 });
    expect(next.fields.map((f) => [f.field, f.column])).toEqual([["nama", 0], ["rt", 2], ["desil", null]]);
  });

  it("a changed column is no longer the remembered mapping", () => {
    const remembered = run([...toMapping.slice(0, 3), { type: "sheetReady", setup, mapping, remembered: true }]);
    expect(remembered.step === "mapping" && remembered.remembered).toBe(true);
    const changed = step(remembered, { type: "columnChosen", field: "rt", column: null });
    expect(changed.step === "mapping" && changed.remembered).toBe(false);
  });

  it("ignores column changes while the worker is busy with another kind", () => {
    const busy = step(run(toMapping), { type: "kindChosen" });
    expect(step(busy, { type: "columnChosen", field: "rt", column: null })).toBe(busy);
    expect(canRead(busy)).toBe(false);
  });

  it.each([
    ["a clean list", {}, true],
    ["a blocking list (duplicate ids, another kelurahan)", { blocking: true }, false],
    ["a list that gave no record", { records: 0 }, false],
  ])("confirming %s: %s", (_, over, expected) => {
    expect(canConfirm(run([...toMapping, { type: "readStarted" }, { type: "readDone", preview: preview(over) }]))).toBe(expected);
  });

  it("back from the preview keeps the mapping; back from the mapping of a single sheet starts over", () => {
    const previewing = run([...toMapping, { type: "readStarted" }, { type: "readDone", preview: preview() }]);
    const mappingAgain = step(previewing, { type: "back" });
    expect(mappingAgain.step === "mapping" && mappingAgain.mapping).toEqual(mapping.mapping);
    expect(step(mappingAgain, { type: "back" })).toEqual(INITIAL);
  });

  it.each([
    ["reading (cancelled)", [...toMapping, { type: "readStarted" }] as WizardEvent[], "mapping"],
    ["opening (cancelled)", [toMapping[0]!], "file"],
    ["setting up the only sheet", toMapping.slice(0, 3), "file"],
  ])("back while %s goes to %s", (_, events, expected) => {
    expect(step(run(events), { type: "back" }).step).toBe(expected);
  });

  it("back from the mapping of a workbook with several sheets returns to the sheet choice", () => {
    const state = run([
      { type: "fileChosen", fileName: "f.xlsx" },
      { type: "opened", outcome: { ok: true, file: file([sheet(0, 5), sheet(1, 5)]) } },
      { type: "sheetChosen", index: 1 },
      { type: "sheetReady", setup: { ...setup, sheetIndex: 1 }, mapping, remembered: false },
      { type: "back" },
    ]);
    expect(state.step === "sheet" && state.chosen).toBe(1);
  });

  it("an answer that arrives for a step already left changes nothing", () => {
    const atFile = INITIAL;
    expect(step(atFile, { type: "readDone", preview: preview() })).toBe(atFile);
    expect(step(atFile, { type: "opened", outcome: { ok: true, file: file([sheet(0, 1)]) } })).toBe(atFile);
  });

  it("a worker failure returns to the file step and says so", () => {
    expect(step(run(toMapping), { type: "failed", message: "boom" })).toEqual({ step: "file", problem: null, failure: "boom" });
  });

  it.each([
    ["reading the parts, then writing, then showing", [["reading", 0.5], ["writing", 0.2], ["writing", 0.9], ["showing", 1]], ["showing", 1]],
    ["a late report of an earlier phase is dropped", [["writing", 0.4], ["reading", 1]], ["writing", 0.4]],
    ["a fraction outside 0..1 is held in", [["writing", 1.7]], ["writing", 1]],
  ] as Array<[string, Array<[SavePhase, number]>, [SavePhase, number]]>)("Simpan's bar: %s", (_, reports, [phase, progress]) => {
    const changes = run([...toMapping, { type: "readStarted" }, { type: "readDone", preview: preview() }, { type: "matchStarted" }, { type: "matchDone", summary: { kind: "social", ruleVersion: "fs-1", counts: { rows: 10, linked: 8, review: 1, unmatched: 1 } } }]);
    expect(changes.step).toBe("changes");
    const saving = run([{ type: "saveStarted" }, ...reports.map(([p, fraction]): WizardEvent => ({ type: "saveProgress", phase: p, fraction }))], changes);
    expect(saving).toMatchObject({ step: "saving", phase, progress });
    expect(step(saving, { type: "saved", batchId: "k0001" }).step).toBe("saved");
    expect(step(saving, { type: "saveFailed", message: "x" })).toMatchObject({ step: "changes", saveError: "x" });
  });
});
