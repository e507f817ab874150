import type { AidProgramme } from "@shared/model/index.ts";
import type { IrisanFamily, IrisanSelection, WelfareBand } from "@shared/rules/index.ts";
import type { RosterFilter } from "../../state/rosterFilter.ts";
import { EMPTY_FILTER } from "../../state/rosterFilter.ts";
import { t } from "../../i18n/index.ts";

/** Where the view looks: undefined = every RW (RT); null = families with no RW (RT) recorded. */
export interface Place {
  rw?: number | null;
  rt?: number | null;
}

export function selectionLabel(s: IrisanSelection): string {
  return s.kind === "gap" ? t("irisan.gap") : s.kind === "krs" ? t("irisan.allKrs") : t(`irisan.band.${s.band}`);
}

export function placeLabel(rw: number | null, rt?: number | null): string {
  if (rt !== undefined) return rt === null ? t("irisan.noArea") : t("irisan.rt", { rt });
  return rw === null ? t("irisan.noArea") : t("irisan.rw", { rw });
}

export function familyPlace(f: IrisanFamily): string {
  return f.rt === null && f.rw === null ? t("irisan.noArea") : t("irisan.place", { rt: f.rt ?? "?", rw: f.rw ?? "?" });
}

export function aidText(aid: readonly AidProgramme[]): string {
  return aid.length === 0 ? t("irisan.noAid") : aid.join(", ");
}

export function reasonsText(f: IrisanFamily): string {
  return f.factors.map((k) => t(`factor.${k}`)).join(", ");
}

const BAND_FILTER: Record<WelfareBand, RosterFilter["desil"]> = { desil1_4: "miskin", desil5_10: "desil5_10", tanpaDesil: "tanpaDesil" };

/** The roster filter that shows the same families (null when the place is "no RW/RT", which the roster cannot filter for). */
export function rosterFilterFor(selection: IrisanSelection, place: Place): RosterFilter | null {
  if (place.rw === null || place.rt === null) return null;
  return {
    ...EMPTY_FILTER,
    krsOnly: true,
    gap: selection.kind === "gap",
    desil: selection.kind === "band" ? BAND_FILTER[selection.band] : null,
    rw: place.rw ?? null,
    rt: place.rt ?? null,
  };
}
