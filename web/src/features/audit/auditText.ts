/**
 * An audit entry (state/audit.ts) as words a lurah reads: who (the invite's name, else the role and
 * the token's first characters), and what (which family and which of its records and fields, or
 * which part of another document). Pure, so it is tested without a screen.
 */
import type { Household } from "@shared/model/index.ts";
import type { AuditEntry, AuditWhat, AuditWho } from "../../state/audit.ts";
import { formatNumber, t, tMaybe } from "../../i18n/index.ts";
import { fieldLabel } from "../household/familyHistory.ts";

export function whoText(who: AuditWho): string {
  if (who.role === "relay") return t("audit.relay");
  if (who.role === null) return t("audit.before");
  const name = who.name ?? t("audit.unnamed", { role: t(`role.${who.role}`), jti: (who.jti ?? "").slice(0, 6) });
  return who.agency ? t("audit.withAgency", { who: name, agency: who.agency }) : name;
}

type FamilyWhat = Extract<AuditWhat, { kind: "family" }>;

function partText(p: FamilyWhat["parts"][number], household: Household | undefined): string {
  const part = p.part;
  let text: string;
  if (p.field !== null && household && (part.kind === "household" || part.kind === "member" || part.kind === "measurement")) {
    const target =
      part.kind === "household" ? { kind: "household" as const, field: p.field }
      : part.kind === "member" ? { kind: "member" as const, memberId: part.id, field: p.field }
      : { kind: "measurement" as const, measurementId: part.id, field: p.field };
    text = fieldLabel(target, household);
  } else if (part.kind === "member") {
    text = t("audit.part.member", { name: household?.members.find((m) => m.id === part.id)?.nama ?? "" }).trim();
  } else {
    text = t(`audit.part.${part.kind}`);
  }
  return p.removed ? t("audit.part.removed", { what: text }) : text;
}

export interface WhatLine {
  text: string;
  /** a family's id: the line links to its page */
  householdId: string | null;
}

/** One line per family or place the entry touched, then how many more. */
export function whatLines(entry: AuditEntry, household: (id: string) => Household | undefined, docLabel: (root: string) => string): WhatLine[] {
  const lines: WhatLine[] = entry.what.map((w) => {
    if (w.kind === "imports") return { text: t("audit.imports"), householdId: null };
    if (w.kind === "place") return { text: w.key ? `${docLabel(w.root)}: ${w.key}` : docLabel(w.root), householdId: null };
    const h = household(w.householdId);
    const name = h ? t("audit.family", { name: h.kepala || w.householdId }) : t("audit.familyGone");
    const parts = [...new Set(w.parts.map((p) => partText(p, h)))].join(", ");
    return { text: parts ? `${name}: ${parts}` : name, householdId: h ? w.householdId : null };
  });
  if (entry.more > 0) {
    const roster = entry.what.some((w) => w.kind === "family");
    lines.push({ text: t(roster ? "audit.moreFamilies" : "audit.morePlaces", { count: formatNumber(entry.more) }), householdId: null });
  }
  if (lines.length === 0) lines.push({ text: t("audit.notHere"), householdId: null });
  return lines;
}

/** A document's top-level names as the lurah knows them (the board's record maps, the minutes' meetings...). */
export function rootLabel(root: string): string {
  // the internal notes: one text per meeting, "notes/<meeting>" (shared/src/crdt/internal.ts)
  if (root.startsWith("notes/")) return t("audit.root.notes", { id: root.slice(6) });
  return tMaybe(`audit.root.${root}`, root);
}
