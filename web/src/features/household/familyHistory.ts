/**
 * A family's history as lines a person reads (issue 14, items 14 and 16): the
 * roster's changes (who changed what, when; values replaced by a concurrent edit)
 * and the board's events about the family, newest first. Pure, so it is tested
 * without a screen.
 */
import type { Household } from "@shared/model/index.ts";
import { maskNik } from "@shared/rules/index.ts";
import { formatDate, formatDateTime, formatNumber, t, tMaybe } from "../../i18n/index.ts";
import type { RosterChange } from "../../state/roster.ts";
import type { HistoryEvent, NeedView } from "../../state/board.ts";
import { historyText } from "../board/claimText.ts";
import { conflictValue } from "./conflictText.ts";

export interface HistoryLine {
  /** stable key for a list */
  key: string;
  /** ISO */
  at: string;
  text: string;
  /** what happened to this value since: replaced by a concurrent edit, or disputed */
  note: string;
  source: "roster" | "board";
  state: RosterChange["state"];
}

const LABELS: Record<string, string> = {
  noKk: "household.noKk",
  kepala: "household.kepala",
  dusun: "household.dusun",
  rw: "household.rw",
  rt: "household.rt",
  alamat: "household.alamat",
  sumberAir: "household.sumberAir",
  jamban: "household.jamban",
  desil: "household.desil",
  notes: "household.notes",
  consent: "hh.consent.title",
  nik: "hh.member.nik",
  nama: "hh.member.nama",
  sex: "hh.member.sex",
  birthDate: "hh.member.birthDate",
  relation: "hh.member.relation",
  education: "hh.member.education",
  maritalStatus: "hh.member.marital",
  pregnant: "hh.risk.pregnant",
  contraception: "hh.risk.contraception",
  childrenCount: "hh.risk.childrenCount",
  lastBirthDate: "hh.risk.lastBirthDate",
  date: "hh.measure.date",
  position: "hh.measure.position",
  lengthCm: "hh.measure.length",
  weightKg: "hh.measure.weight",
  measuredBy: "hh.measure.by",
  lat: "changes.location",
  lon: "changes.location",
};

/** Whose record a change is about: the member's name, or the child's name and the measurement's date. */
function whose(target: RosterChange["target"], household: Household): string {
  if (target.kind === "household") return "";
  if (target.kind === "member") return household.members.find((m) => m.id === target.memberId)?.nama ?? "?";
  const measurement = household.measurements.find((m) => m.id === target.measurementId);
  const child = household.members.find((m) => m.id === measurement?.memberId);
  return [child?.nama ?? "?", measurement ? formatDate(measurement.date) : ""].filter(Boolean).join(", ");
}

export function fieldLabel(target: RosterChange["target"], household: Household): string {
  const field = target.field;
  const label = field.startsWith("aid.") ? t("changes.aid", { programme: tMaybe(`hh.aid.${field.slice(4)}`, field.slice(4)) }) : tMaybe(LABELS[field] ?? "", field);
  const of = whose(target, household);
  return of ? `${label} (${of})` : label;
}

/** A field's value as a person reads it; a NIK masked, as everywhere by default. */
export function valueText(field: string, value: unknown, household: Household): string {
  if (field.startsWith("aid.")) return value === true ? t("changes.aidOn") : t("changes.aidOff");
  if (value === null || value === undefined || value === "") return t("hh.conflicts.empty");
  if (field === "nik" && typeof value === "string") return maskNik(value);
  if (field === "consent" && typeof value === "object") {
    const c = value as { by: string; at: string; how: string };
    return t("hh.consent.summary", { by: c.by, date: formatDate(c.at), how: tMaybe(`hh.consent.${c.how}`, c.how) });
  }
  if (typeof value === "number" && (field === "lat" || field === "lon")) return formatNumber(value);
  if ((field === "birthDate" || field === "date") && typeof value === "string") return formatDate(value);
  if (field === "sex" || field === "relation" || field === "position") return tMaybe(`hh.${field}.${String(value)}`, String(value));
  if (field === "education") return tMaybe(`hh.edu.${String(value)}`, String(value));
  if (field === "maritalStatus") return tMaybe(`hh.marital.${String(value)}`, String(value));
  if (field === "memberId") return household.members.find((m) => m.id === value)?.nama ?? "?";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return conflictValue(field, value);
  return String(value);
}

const who = (by: string) => by || t("changes.someone");

function rosterLine(c: RosterChange, household: Household): string {
  if (c.kind === "created") {
    if (c.target.kind === "household") return t("changes.created");
    const of = whose(c.target, household);
    return c.by ? t("changes.measured", { by: c.by, whose: of }) : t("changes.measuredNoBy", { whose: of });
  }
  if (c.target.kind === "household" && c.target.field === "deleted") return t(c.value === true ? "changes.deleted" : "changes.restored", { by: who(c.by) });
  return t("changes.edit", { by: who(c.by), field: fieldLabel(c.target, household), value: valueText(c.target.field, c.value, household) });
}

function rosterNote(c: RosterChange, household: Household): string {
  if (c.state === "disputed") return t("changes.disputed");
  if (c.state !== "replaced") return "";
  const r = c.replacedBy;
  return r ? t("changes.replacedBy", { by: who(r.by), value: valueText(c.target.field, r.value, household) }) : t("changes.replacedBySomeone");
}

/** A location is two fields written together: one line for both when they were. */
function mergeLocations(changes: RosterChange[]): Array<RosterChange & { lon?: unknown }> {
  const out: Array<RosterChange & { lon?: unknown }> = [];
  for (const c of changes) {
    const prev = out[out.length - 1];
    const pair = prev && prev.target.kind === "household" && c.target.kind === "household" && prev.at === c.at && prev.by === c.by && prev.state === c.state;
    if (pair && prev.target.field === "lat" && c.target.field === "lon") prev.lon = c.value;
    else if (pair && prev.target.field === "lon" && c.target.field === "lat") Object.assign(prev, { lon: prev.value, value: c.value, target: c.target });
    else out.push({ ...c });
  }
  return out;
}

export function familyHistoryLines(changes: RosterChange[], household: Household, events: HistoryEvent[], needs: NeedView[]): HistoryLine[] {
  const lines: HistoryLine[] = [];
  mergeLocations(changes).forEach((c, i) => {
    let text = rosterLine(c, household);
    if (c.lon !== undefined) text = t("changes.edit", { by: who(c.by), field: t("changes.location"), value: `${valueText("lat", c.value, household)}, ${valueText("lon", c.lon, household)}` });
    lines.push({ key: `r${i}`, at: c.at, text, note: rosterNote(c, household), source: "roster", state: c.state });
  });
  const needOf = (id: string) => needs.find((n) => n.id === id);
  events.forEach((e, i) => {
    lines.push({ key: `b${i}`, at: e.at, text: historyText(e, needOf), note: "", source: "board", state: "current" });
  });
  // newest first. Both sources come oldest first (the roster's ties in write order, the board's in
  // append order): reversed, a stable sort keeps the later of two same-moment lines on top.
  return lines.reverse().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export function historyWhen(at: string): string {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? "" : formatDateTime(ms);
}
