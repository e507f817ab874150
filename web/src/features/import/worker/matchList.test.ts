import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readListFile, type ImportedFamily as ListFamily, type ImportedSocialRow } from "@shared/import/index.ts";
import { planFamilyImport, planSocialImport } from "./matchList.ts";
import type { RosterRecord } from "./toRoster.ts";

const FIXTURES = new URL("../../../../../tests/fixtures/lists/kelurahan-lists/", import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const TODAY = "2026-11-22";

let families: ListFamily[] = [];
let social: ImportedSocialRow[] = [];
let truth = new Map<string, string>();

beforeAll(async () => {
  const f = await readListFile(bytes("bkkbn_pk.csv"), { fileName: "bkkbn_pk.csv" });
  const s = await readListFile(bytes("dinsos_dtsen.csv"), { fileName: "dinsos_dtsen.csv" });
  if (!f.ok || f.result.kind === "social" || !s.ok || s.result.kind !== "social") throw new Error("fixtures not read");
  families = f.result.families;
  social = s.result.socialRows;
  const lines = readFileSync(new URL("truth.csv", FIXTURES), "utf8").trim().split(/\r?\n/).slice(1);
  truth = new Map(lines.map((l) => l.split(",") as [string, string]).map(([k, d]) => [d, k]));
});

/** The roster a family import made: one household per family, carrying its list id (hand: without it). */
function rosterOf(list: readonly ListFamily[], how: "imported" | "hand"): RosterRecord[] {
  return list.map((f) => ({
    id: `h-${f.id}`,
    noKk: f.noKk,
    kepala: f.members[0]?.nama ?? "",
    dusun: f.dusun,
    rw: f.rw,
    rt: f.rt,
    alamat: f.alamat,
    sumberAir: f.sumberAir,
    jamban: f.jamban,
    sources: { families: how === "imported" ? [{ listId: f.id, batchId: "b0001" }] : [], social: [], hand: { desil: null, aid: {} }, differs: [], handEdited: [], importEdited: [] },
    members: f.members.map((m, i) => ({ id: `m${i}`, nik: m.nik, nama: m.nama, sex: m.sex, birthDate: m.birthDate, relation: m.relation, childrenCount: null })),
  }));
}

describe("matching a list against the roster, in the worker", () => {
  it("a first family list into an empty roster: every family new, nothing to review", () => {
    const plan = planFamilyImport([], families, { today: TODAY });
    expect(plan.diff.new).toHaveLength(families.length);
    expect(plan.reviews).toEqual([]);
    expect(plan.families.every((f) => f.householdId === null && f.listId !== "")).toBe(true);
  });

  it("the same family list again finds every family by its list id: nothing new, nothing gone", () => {
    const plan = planFamilyImport(rosterOf(families, "imported"), families, { today: TODAY });
    expect(plan.found.byListId).toBe(families.length);
    expect(plan.diff.new).toHaveLength(0);
    expect(plan.diff.gone).toHaveLength(0);
  });

  it("a family list against families typed in by hand updates them instead of adding them again", () => {
    const plan = planFamilyImport(rosterOf(families, "hand"), families, { today: TODAY });
    const wrong = plan.families.filter((f) => f.householdId !== null && f.householdId !== `h-${f.listId}`);
    expect(wrong).toEqual([]);
    // nearly all are found; the few the matcher doubts wait for a person rather than being added twice
    expect(plan.found.byMatcher + plan.reviews.length).toBeGreaterThan(families.length * 0.99);
    expect(plan.diff.new.length).toBeLessThan(families.length * 0.01);
  });

  it("a social list against the imported roster: links are true pairs, every row is linked, queued or unmatched once", () => {
    const plan = planSocialImport(rosterOf(families, "imported"), social, { today: TODAY });
    const { links, reviews, unmatched } = plan.input;
    expect(links.length + reviews.length + unmatched.length).toBe(social.length);
    const ids = [...links.map((l) => l.row.id), ...reviews.map((r) => r.row.id), ...unmatched.map((r) => r.id)];
    expect(new Set(ids).size).toBe(social.length);
    const right = links.filter((l) => truth.get(l.row.id) !== undefined && `h-${truth.get(l.row.id)}` === l.householdId).length;
    expect(right / links.length).toBeGreaterThanOrEqual(0.999);
    expect(links.length).toBeGreaterThan(truth.size * 0.95);
    // doubtful rows carry their candidates, best first, with the evidence in codes and values
    for (const r of reviews) {
      expect(r.candidates.length).toBeGreaterThan(0);
      expect(r.candidates.map((c) => c.score)).toEqual([...r.candidates.map((c) => c.score)].sort((a, b) => b - a));
    }
    // aid and desil travel with the row
    const withAid = links.find((l) => l.row.aid.length > 0);
    expect(withAid?.row.desil).not.toBeNull();
  });

  it("a social list against an empty roster links nothing and says every row was not found", () => {
    const plan = planSocialImport([], social, { today: TODAY });
    expect(plan.input.links).toEqual([]);
    expect(plan.input.unmatched).toHaveLength(social.length);
  });
});
