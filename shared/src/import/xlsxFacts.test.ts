import { describe, expect, it } from "vitest";
import { parseCellRef, scanSheetXml } from "./xlsxFacts.ts";

const sheet = (cells: string, tail = "") => `<?xml version="1.0"?><worksheet><sheetData><row r="1">${cells}</row></sheetData>${tail}</worksheet>`;

describe("scanSheetXml: what read-excel-file does not report", () => {
  it.each([
    ["a formula with its saved value", '<c r="B2"><f>SUM(A1:A3)</f><v>3</v></c>', [{ row: 1, column: 1, cached: true, error: null }]],
    ["a formula without a value", '<c r="C3"><f>A1+1</f></c>', [{ row: 2, column: 2, cached: false, error: null }]],
    ["a shared formula", '<c r="D4"><f t="shared" si="0"/><v>2</v></c>', [{ row: 3, column: 3, cached: true, error: null }]],
    ["a formula that gave #N/A", '<c r="E5" t="e"><f>VLOOKUP(A1,B:B,2,0)</f><v>#N/A</v></c>', [{ row: 4, column: 4, cached: true, error: "#N/A" }]],
    ["a prefixed formula (OpenXML SDK)", '<x:c r="AA10"><x:f>1+1</x:f></x:c>', [{ row: 9, column: 26, cached: false, error: null }]],
    ["plain values only", '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c><c r="C1"/>', []],
  ])("%s", (_what, cells, formulas) => {
    expect(scanSheetXml(sheet(cells)).formulas).toEqual(formulas);
  });

  it("does not take conditional-formatting formulas for cells", () => {
    const xml = sheet('<c r="A1"><v>1</v></c>', '<conditionalFormatting sqref="A1"><cfRule type="expression"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>');
    expect(scanSheetXml(xml).formulas).toEqual([]);
  });

  it("lists merged ranges", () => {
    const xml = sheet("", '<mergeCells count="2"><mergeCell ref="A1:N1"/><mergeCell ref="D3:D5"/></mergeCells>');
    expect(scanSheetXml(xml).merges).toEqual([
      { fromRow: 0, fromColumn: 0, toRow: 0, toColumn: 13 },
      { fromRow: 2, fromColumn: 3, toRow: 4, toColumn: 3 },
    ]);
  });
});

describe("parseCellRef", () => {
  it.each([
    ["A1", [0, 0]],
    ["Z9", [8, 25]],
    ["AA10", [9, 26]],
    ["$B$2", [1, 1]],
    ["XFD1048576", [1048575, 16383]],
  ])("%s", (ref, at) => {
    expect(parseCellRef(ref)).toEqual(at);
  });

  it("refuses what is not a cell", () => {
    expect(parseCellRef("A")).toBeNull();
    expect(parseCellRef("1A")).toBeNull();
  });
});
