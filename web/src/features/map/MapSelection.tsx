import { For, Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { KrsBadge } from "../roster/KrsBadge.tsx";
import { krsReason } from "../household/krsReason.ts";
import { needTitle } from "../board/claimText.ts";
import { rtAreaText } from "./placeText.ts";
import type { NeedView } from "../../state/board.ts";

/** The tapped family (pokja roles): a short summary and the way to its page. */
export function HouseholdSummary(props: { household: Household; assessment: HouseholdAssessment; needs: NeedView[]; href: string; onClose(): void }) {
  const h = () => props.household;
  return (
    <section class="panel map-selected" data-testid="map-selected" data-id={h().id}>
      <button type="button" class="link-button map-close" onClick={() => props.onClose()}>
        {t("map.close")}
      </button>
      <h2 data-testid="map-selected-name">{h().kepala}</h2>
      <p>
        {`RT ${h().rt ?? "-"} / RW ${h().rw ?? "-"}`} <KrsBadge assessment={props.assessment} />
      </p>
      <p class="muted">{krsReason(props.assessment.screening)}</p>
      <Show when={props.assessment.stunting}>{(s) => <p>{t(`stunting.${s()}`)}</p>}</Show>
      <Show when={props.needs.length > 0}>
        <ul>
          <For each={props.needs}>{(n) => <li data-closed={n.closed}>{`${needTitle(n)}${n.closed ? " ✓" : ""}`}</li>}</For>
        </ul>
      </Show>
      <a href={props.href} data-testid="map-open-household">
        {t("map.openHousehold")}
      </a>
    </section>
  );
}

/** The tapped RT (roles without the roster): its needs, each with a link to its board card. */
export function RtNeedsPanel(props: { area: { rt: number; rw: number | null }; needs: NeedView[]; cardHref(need: NeedView): string; onClose(): void }) {
  const open = () => props.needs.filter((n) => !n.closed).length;
  return (
    <section class="panel map-selected" data-testid="map-selected" data-rt={props.area.rt} data-rw={props.area.rw ?? ""}>
      <button type="button" class="link-button map-close" onClick={() => props.onClose()}>
        {t("map.close")}
      </button>
      <h2>{t("map.rtNeeds", { area: rtAreaText(props.area.rt, props.area.rw), unmet: open(), met: props.needs.length - open() })}</h2>
      <ul>
        <For each={props.needs}>
          {(n) => (
            <li data-testid="map-need" data-closed={n.closed}>
              {`${needTitle(n)}${n.closed ? " ✓" : ""} `}
              <a href={props.cardHref(n)}>{t("map.openCard")}</a>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
