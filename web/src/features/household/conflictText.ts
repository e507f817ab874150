/** Words for a conflict: which answer of whom, and each value as a person reads it. */
import type { FieldConflict, Household } from "@shared/model/index.ts";
import { formatDate, formatNumber, t, tMaybe } from "../../i18n/index.ts";

type Value = FieldConflict["entries"][number]["value"];

const FIELD_KEYS: Record<string, string> = {
  sumberAir: "household.sumberAir",
  jamban: "household.jamban",
  pregnant: "hh.risk.pregnant",
  contraception: "hh.risk.contraception",
  childrenCount: "hh.risk.childrenCount",
  lastBirthDate: "hh.risk.lastBirthDate",
  lengthCm: "hh.measure.length",
  weightKg: "hh.measure.weight",
};

export function conflictLabel(conflict: FieldConflict, household: Household): string {
  const target = conflict.target;
  const field = tMaybe(FIELD_KEYS[target.field] ?? "", target.field);
  if (target.kind === "household") return field;
  if (target.kind === "member") {
    const member = household.members.find((m) => m.id === target.memberId);
    return t("hh.conflicts.of", { field, whose: member?.nama ?? "?" });
  }
  const measurement = household.measurements.find((m) => m.id === target.measurementId);
  const child = household.members.find((m) => m.id === measurement?.memberId);
  const whose = [child?.nama ?? "?", measurement ? formatDate(measurement.date) : ""].filter(Boolean).join(", ");
  return t("hh.conflicts.of", { field, whose });
}

export function conflictValue(field: string, value: Value): string {
  if (value === null || value === "") return t("hh.conflicts.empty");
  if (typeof value === "boolean") return value ? t("hh.yes") : t("hh.no");
  if (typeof value === "number") return field === "lengthCm" ? `${formatNumber(value)} cm` : field === "weightKg" ? `${formatNumber(value)} kg` : formatNumber(value);
  if (field === "sumberAir") return tMaybe(`water.${value}`, value);
  if (field === "jamban") return tMaybe(`toilet.${value}`, value);
  if (field === "contraception") return tMaybe(`hh.kb.${value}`, value);
  if (field === "lastBirthDate") return formatDate(value);
  return value;
}
