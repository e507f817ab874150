import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyHousehold, type Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { loadPreview, PREVIEW_ROWS, previewRows, savePreview, wipePreview } from "./rosterPreview.ts";

const household = (i: number): Household => ({
  ...emptyHousehold(), id: `h${i}`, kepala: `Kepala ${i}`, rt: 1, rw: 2, aid: [], consent: null, members: [], measurements: [], conflicts: [], createdAt: "", updatedAt: "",
});
const assessment = { screening: { isKrs: true, isSasaran: true, factors: ["jamban_tidak_layak"] }, stunting: "pendek", children: [] } as unknown as HouseholdAssessment;

describe("roster preview", () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    // a stand-in for the browser's localStorage, which node does not have
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
  });
  afterEach(() => store.clear());

  it("keeps only the first screen, with what the table shows and no member details", () => {
    const rows = previewRows(Array.from({ length: 100 }, (_, i) => household(i)), () => assessment);
    expect(rows).toHaveLength(PREVIEW_ROWS);
    expect(rows[0]).toEqual({ id: "h0", kepala: "Kepala 0", rt: 1, rw: 2, noKk: "", members: 0, isKrs: true, isSasaran: true, factors: ["jamban_tidak_layak"], stunting: "pendek", desil: null });
  });

  it("round-trips through storage and is wiped with the workspace", () => {
    savePreview("desa-a", previewRows([household(1)], () => assessment), 1);
    expect(loadPreview("desa-a")?.rows.map((r) => r.id)).toEqual(["h1"]);
    wipePreview("desa-a");
    expect(loadPreview("desa-a")).toBeNull();
  });

  it("ignores a damaged entry", () => {
    store.set("rembuk:preview:desa-a", "{not json");
    expect(loadPreview("desa-a")).toBeNull();
    store.set("rembuk:preview:desa-a", JSON.stringify({ v: 2, rows: [] }));
    expect(loadPreview("desa-a")).toBeNull();
  });
});
