import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { appendExport, exportLog, readExportLog } from "./exportLog.ts";

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe("the report's export log", () => {
  it("keeps every export of two phones that exported while apart, newest first", () => {
    const lurah = new Y.Doc();
    const kader = new Y.Doc();
    appendExport(lurah, { at: "2026-12-02T01:00:00Z", by: "Pak Lurah", role: "lurah", month: "2026-11", format: "xlsx" });
    appendExport(kader, { at: "2026-12-02T03:00:00Z", by: "Bidan Ani", role: "kader", month: "2026-11", format: "csv" });
    appendExport(kader, { at: "2026-12-01T03:00:00Z", by: "Bidan Ani", role: "kader", month: "2026-10", format: "cetak" });
    sync(lurah, kader);
    const expected = [
      { at: "2026-12-02T03:00:00Z", by: "Bidan Ani", role: "kader", month: "2026-11", format: "csv" },
      { at: "2026-12-02T01:00:00Z", by: "Pak Lurah", role: "lurah", month: "2026-11", format: "xlsx" },
      { at: "2026-12-01T03:00:00Z", by: "Bidan Ani", role: "kader", month: "2026-10", format: "cetak" },
    ];
    expect(readExportLog(lurah)).toEqual(expected);
    expect(readExportLog(kader)).toEqual(expected);
  });

  it.each([
    ["not an object", "xlsx"],
    ["a format it does not know", { at: "2026-12-02T01:00:00Z", by: "x", role: "lurah", month: "2026-11", format: "pdf" }],
    ["a month that is not one", { at: "2026-12-02T01:00:00Z", by: "x", role: "lurah", month: "2026-13", format: "csv" }],
    ["no time", { by: "x", role: "lurah", month: "2026-11", format: "csv" }],
    ["an inherited key only", Object.create({ at: "2026-12-02T01:00:00Z", month: "2026-11", format: "csv" })],
  ])("skips a peer's entry with %s", (_, junk) => {
    const doc = new Y.Doc();
    exportLog(doc).push([junk]);
    appendExport(doc, { at: "2026-12-02T01:00:00Z", by: "Pak Lurah", role: "lurah", month: "2026-11", format: "xlsx" });
    expect(readExportLog(doc).map((r) => r.format)).toEqual(["xlsx"]);
  });
});
