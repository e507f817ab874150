import type { DistrictColumn } from "@shared/rules/districtView.ts";
import { formatNumber, t } from "../../i18n/index.ts";

/** Ratios as "12,5%", counts as "1.204"; null is "tidak ada data", never 0. */
export function formatValue(column: DistrictColumn, value: number | null): string {
  if (value === null) return t("district.noData");
  if (column === "prevalensi" || column === "cakupan") return t("district.percent", { value: formatNumber(Math.round(value * 10) / 10) });
  return formatNumber(value);
}

/** The month before `month` (YYYY-MM): the report month during the first days of the next. */
export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 2, 1));
  return d.toISOString().slice(0, 7);
}
