import { describe, expect, it } from "vitest";
import { decodeUnsyncedFile, encodeUnsyncedFile, unsyncedFileName, type UnsyncedFile } from "./unsyncedFile.ts";

const file: UnsyncedFile = {
  workspace: "desa-contoh",
  from: { name: "Ibu Bidan Ani", role: "kader" },
  exportedAt: Date.UTC(2026, 10, 22, 2, 15),
  docs: [
    { doc: "roster", pending: 3, update: new Uint8Array([1, 2, 3, 250]) },
    { doc: "board", pending: 1, update: new Uint8Array([0, 0]) },
  ],
};

describe("the file of unsynced changes", () => {
  it("round-trips", () => {
    expect(decodeUnsyncedFile(encodeUnsyncedFile(file), "desa-contoh")).toEqual({ ok: true, file });
  });

  const text = encodeUnsyncedFile(file);
  const edit = (patch: (raw: Record<string, unknown>) => void) => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    patch(raw);
    return JSON.stringify(raw);
  };
  it.each<[string, string, string]>([
    ["not JSON", "PK\u0003\u0004 a spreadsheet", "not_a_changes_file"],
    ["another JSON file", JSON.stringify({ type: "FeatureCollection" }), "not_a_changes_file"],
    ["a later version", edit((r) => (r.v = 2)), "not_a_changes_file"],
    ["an unknown document", edit((r) => ((r.docs as Array<Record<string, unknown>>)[0]!.doc = "secrets")), "damaged"],
    ["a document twice", edit((r) => ((r.docs as Array<Record<string, unknown>>)[1]!.doc = "roster")), "damaged"],
    ["an update that is not base64url", edit((r) => ((r.docs as Array<Record<string, unknown>>)[0]!.update = "a+b/")), "damaged"],
    ["an empty update", edit((r) => ((r.docs as Array<Record<string, unknown>>)[0]!.update = "")), "damaged"],
    ["no date", edit((r) => delete r.exportedAt), "damaged"],
  ])("refuses %s", (_label, input, reason) => {
    expect(decodeUnsyncedFile(input, "desa-contoh")).toEqual({ ok: false, reason });
  });

  it("refuses a file of another village", () => {
    expect(decodeUnsyncedFile(text, "desa-lain")).toEqual({ ok: false, reason: "other_workspace" });
  });

  it("names the file after the village and the local time", () => {
    expect(unsyncedFileName("desa-contoh", new Date(2026, 10, 22, 10, 5))).toBe("rembuk-desa-contoh-perubahan-2026-11-22-1005.json");
  });
});
