import type { Area } from "@shared/model/geo.ts";
import type { PlaceCheck } from "@shared/rules/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";

/** "350 m", "12,4 km" */
export function distanceText(meters: number): string {
  return meters < 1000 ? `${formatNumber(Math.round(meters))} m` : `${formatNumber(Math.round(meters / 100) / 10)} km`;
}

/** "RT 3/RW 1", or "RT 3" where the RW is not known (RT numbers repeat across a desa's RWs). */
export function rtAreaText(rt: number, rw: number | null): string {
  return rw === null ? t("place.area.rt", { rt }) : t("place.area.rtRw", { rt, rw });
}

export function areaName(area: Area): string {
  if (area.name) return area.name;
  return area.rt !== null ? rtAreaText(area.rt, area.rw) : t("place.area.boundary");
}

/** Where a tapped location is, in the words a kader reads before saving it. */
export function placeText(check: PlaceCheck, maxKm: number): string {
  const max = formatNumber(maxKm);
  switch (check.verdict) {
    case "inside":
      return t("place.inside", { area: areaName(check.area) });
    case "nearArea":
      return t("place.nearArea", { distance: distanceText(check.meters), area: areaName(check.area) });
    case "nearFamilies":
      return t("place.nearFamilies", { distance: distanceText(check.meters), count: formatNumber(check.families) });
    case "inProvince":
      return t("place.inProvince", { province: check.province });
    case "unchecked":
      return t("place.unchecked");
    case "far":
      if (check.from === "indonesia") return t("place.far.indonesia");
      if (check.from === "province") return t("place.far.province", { province: check.province ?? "" });
      if (check.from === "areas") return t("place.far.areas", { distance: distanceText(check.meters), max });
      return t(check.firm ? "place.far.families" : "place.far.familiesSoft", { distance: distanceText(check.meters), max });
  }
}
