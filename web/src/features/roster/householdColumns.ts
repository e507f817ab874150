import type { ColumnDef } from "@tanstack/solid-table";
import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";

/** Column definitions: sort keys only; cells are rendered by HouseholdRow. */
export function householdColumns(assess: (h: Household) => HouseholdAssessment): ColumnDef<Household>[] {
  const stuntingRank = (h: Household) => {
    const s = assess(h).stunting;
    return s === "sangat pendek" ? 2 : s === "pendek" ? 1 : 0;
  };
  return [
    { id: "kepala", accessorFn: (h) => h.kepala.toLowerCase(), header: () => t("household.kepala") },
    { id: "rtrw", accessorFn: (h) => (h.rw ?? 0) * 1000 + (h.rt ?? 0), header: () => t("household.rtrw") },
    { id: "noKk", accessorKey: "noKk", header: () => t("household.noKk") },
    { id: "members", accessorFn: (h) => h.members.length, header: () => t("column.members") },
    { id: "krs", accessorFn: (h) => assess(h).screening.factors.length + (assess(h).screening.isKrs ? 10 : 0), header: () => t("column.krs"), sortDescFirst: true },
    { id: "stunting", accessorFn: stuntingRank, header: () => t("column.stunting"), sortDescFirst: true },
    { id: "desil", accessorFn: (h) => h.desil ?? 99, header: () => t("household.desil") },
  ];
}
