import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { KrsBadge } from "./KrsBadge.tsx";

/** where spares wait: above the table's body, which neither shows nor scrolls to it */
const SPARE_TOP = -200;

/**
 * One household in the roster grid (row 1 is the header), at list position `index`, placed
 * `top` px down; the name links to the household page. A row element not `shown` is a spare
 * (rowSlots.ts): invisible (to screen readers too), parked above the table, and no household
 * row to anyone. Invisible, not display: none, so it keeps its layout: a spare shown again
 * costs a paint, where one that was display: none would be built again.
 */
export function HouseholdRow(props: { id: string; shown: boolean; household: Household; assessment: HouseholdAssessment; href: string; index: number; top: number }) {
  const h = () => props.household;
  return (
    <div class="roster-row" role="row" id={props.id} aria-rowindex={props.index + 2} classList={{ spare: !props.shown }} style={{ transform: `translateY(${props.shown ? props.top : SPARE_TOP}px)` }} data-testid={props.shown ? "household-row" : undefined} data-id={h().id} data-index={props.index}>
      <div role="cell">
        <a href={props.href}>{h().kepala || t("common.none")}</a>
      </div>
      <div role="cell">{`${h().rt ?? "?"}/${h().rw ?? "?"}`}</div>
      <div role="cell" class="mono">{h().noKk}</div>
      <div role="cell">{h().members.length}</div>
      <div role="cell">
        <KrsBadge assessment={props.assessment} />
      </div>
      <div role="cell">
        {/* one span whatever the category: rows swap families on every search key */}
        <span class={stuntingClass(props.assessment.stunting)}>{props.assessment.stunting ? t(`stunting.${props.assessment.stunting}`) : ""}</span>
      </div>
      <div role="cell">{h().desil ?? ""}</div>
    </div>
  );
}

function stuntingClass(stunting: HouseholdAssessment["stunting"]): string | undefined {
  return stunting ? `stunting stunting-${stunting.replace(" ", "-")}` : undefined;
}
