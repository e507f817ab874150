/**
 * The worker's matching state for one import: the roster as the main thread sent
 * it, the plan worked out from it and the list read, and pages of both. Plain
 * code (tests run it in Node).
 */
import type { ListResult } from "@shared/import/index.ts";
import type { FamilyImportInput } from "@shared/model/index.ts";
import type { FamilyPlan } from "@shared/rules/familyListDiff.ts";
import type { MatchProgress } from "@shared/rules/matching/index.ts";
import type { ChangeEntry, ChangeSection, FieldChangeView, MatchSummary, WritePage } from "./matchProtocol.ts";
import { planFamilyImport, planSocialImport, type FamilyImportPlan, type SocialImportPlan } from "./matchList.ts";
import type { RosterRecord } from "./toRoster.ts";
import { maskNik } from "@shared/rules/nik.ts";

/**
 * Records per page of what to write: a page is one message, small enough to read without a long task
 * (reading a page of 1,500 social-list links, with their rows and candidates, took 113 ms of the main
 * thread at 4x throttling).
 */
export const WRITE_PAGE = 500;

const aidText = (aid: readonly string[]) => aid.join(", ");

export class MatchSession {
  private roster: RosterRecord[] = [];
  private plan: { kind: "family"; plan: FamilyImportPlan } | { kind: "social"; plan: SocialImportPlan } | null = null;
  private sections = new Map<ChangeSection, ChangeEntry[]>();

  addRoster(records: RosterRecord[], first: boolean): number {
    if (first) this.roster = [];
    for (const r of records) this.roster.push(r);
    this.plan = null;
    return this.roster.length;
  }

  match(list: ListResult, today: string, onProgress?: (p: MatchProgress) => void): MatchSummary {
    this.sections.clear();
    if (list.kind === "social") {
      const plan = planSocialImport(this.roster, list.socialRows, { today, onProgress });
      this.plan = { kind: "social", plan };
      const { links, reviews, unmatched } = plan.input;
      return { kind: "social", ruleVersion: plan.ruleVersion, counts: { rows: list.socialRows.length, linked: links.length, review: reviews.length, unmatched: unmatched.length } };
    }
    const plan = planFamilyImport(this.roster, list.families, { today, onProgress });
    this.plan = { kind: "family", plan };
    const d = plan.diff;
    return {
      kind: "family",
      ruleVersion: plan.ruleVersion,
      counts: {
        families: list.families.length,
        new: d.new.length,
        changed: d.changed.length,
        unchanged: d.unchanged.length,
        gone: d.gone.length,
        keptHand: d.keptHand,
        review: plan.reviews.length,
        byListId: plan.found.byListId,
        byMatcher: plan.found.byMatcher,
      },
    };
  }

  changes(section: ChangeSection, offset: number, limit: number): ChangeEntry[] {
    let entries = this.sections.get(section);
    if (!entries) {
      entries = this.entries(section);
      this.sections.set(section, entries);
    }
    return entries.slice(offset, offset + limit);
  }

  writePage(index: number): WritePage | null {
    if (!this.plan) throw new Error("nothing matched");
    const from = index * WRITE_PAGE;
    const to = from + WRITE_PAGE;
    if (this.plan.kind === "family") {
      const { families, reviews } = this.plan.plan;
      if (from >= families.length && !(index === 0 && reviews.length > 0)) return null;
      // the doubtful families go with the first page (there are few)
      return { kind: "family", families: families.slice(from, to), reviews: index === 0 ? reviews : [] };
    }
    const { links, reviews, unmatched } = this.plan.plan.input;
    const all = links.length + reviews.length + unmatched.length;
    if (from >= all) return null;
    // one running sequence over links, then reviews, then unmatched rows
    const part = <T>(items: readonly T[], start: number) => items.slice(Math.max(0, from - start), Math.max(0, to - start));
    return { kind: "social", links: part(links, 0), reviews: part(reviews, links.length), unmatched: part(unmatched, links.length + reviews.length) };
  }

  private byId(): Map<string, RosterRecord> {
    return new Map(this.roster.map((h) => [h.id, h]));
  }

  private entries(section: ChangeSection): ChangeEntry[] {
    if (!this.plan) return [];
    const roster = this.byId();
    const nameOf = (id: string | null) => (id === null ? "" : (roster.get(id)?.kepala ?? ""));
    if (this.plan.kind === "family") {
      const { diff, reviews } = this.plan.plan;
      if (section === "new") return diff.new.map((p) => familyEntry(p, roster));
      if (section === "changed") return diff.changed.map((p) => familyEntry(p, roster));
      if (section === "gone") return diff.gone.map((g) => ({ listId: g.listId, row: 0, name: g.kepala, rt: g.rt, rw: g.rw, householdId: g.householdId, householdName: g.kepala, changes: [], detail: "" }));
      if (section === "review") {
        return reviews.map((r) => ({ ...familyHead(r.family), householdId: r.candidates[0]?.householdId ?? null, householdName: nameOf(r.candidates[0]?.householdId ?? null), changes: [], detail: scoreText(r.candidates[0]?.score) }));
      }
      return [];
    }
    const { links, reviews, unmatched } = this.plan.plan.input;
    const row = (r: { id: string; name: string; rt: number | null; rw: number | null; desil: number | null; aid: string[] }, householdId: string | null, extra = "") => ({
      listId: r.id,
      row: 0,
      name: r.name,
      rt: r.rt,
      rw: r.rw,
      householdId,
      householdName: nameOf(householdId),
      changes: [],
      detail: [r.desil === null ? "" : `desil ${r.desil}`, aidText(r.aid), extra].filter(Boolean).join(" · "),
    });
    if (section === "linked") return links.map((l) => row(l.row, l.householdId, scoreText(l.score)));
    if (section === "review") return reviews.map((r) => row(r.row, r.candidates[0]?.householdId ?? null, scoreText(r.candidates[0]?.score)));
    if (section === "unmatched") return unmatched.map((r) => row(r, null));
    return [];
  }
}

/** Identity numbers leave the worker masked (the changes step shows where they change, not what they are). */
const shown = (field: string, value: string | number | null) => (typeof value === "string" && value !== "" && (field === "nik" || field === "noKk") ? maskNik(value) : value);

const scoreText = (score: number | undefined) => (score === undefined ? "" : `skor ${score.toFixed(1)}`);

function familyHead(f: FamilyImportInput): Omit<ChangeEntry, "householdId" | "householdName" | "changes" | "detail"> {
  return { listId: f.listId, row: f.rowNumber, name: f.fields.kepala ?? f.members[0]?.nama ?? "", rt: f.fields.rt ?? null, rw: f.fields.rw ?? null };
}

function familyEntry(plan: FamilyPlan, roster: ReadonlyMap<string, RosterRecord>): ChangeEntry {
  const household = plan.householdId === null ? undefined : roster.get(plan.householdId);
  const memberName = (id: string) => household?.members.find((m) => m.id === id)?.nama ?? "";
  const changes: FieldChangeView[] = plan.changes.map((c) => ({
    who: c.record === "household" ? "" : c.record === "" ? String(c.new ?? "") : memberName(c.record),
    field: c.field,
    old: shown(c.field, c.old),
    new: shown(c.field, c.new),
    kept: c.kept,
  }));
  return { ...familyHead(plan.family), householdId: plan.householdId, householdName: household?.kepala ?? "", changes, detail: String(plan.family.members.length) };
}
