import { For } from "solid-js";
import { WELFARE_BANDS, type IrisanCounts, type IrisanSelection } from "@shared/rules/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { selectionLabel } from "./irisanText.ts";

const sameSelection = (a: IrisanSelection, b: IrisanSelection): boolean => a.kind === b.kind && (a.kind !== "band" || (b.kind === "band" && a.band === b.band));

/** The counts as buttons: tapping one lists its families below. The gap first: it is what the district asks about. */
export function IrisanSummary(props: { counts: IrisanCounts; selected: IrisanSelection; onSelect: (s: IrisanSelection) => void }) {
  const cards = (): Array<{ key: string; selection: IrisanSelection; count: number; hint?: string }> => [
    { key: "gap", selection: { kind: "gap" }, count: props.counts.gap, hint: t("irisan.gapHint") },
    ...WELFARE_BANDS.map((band) => ({ key: band, selection: { kind: "band", band } as IrisanSelection, count: props.counts.byBand[band] })),
    { key: "krs", selection: { kind: "krs" }, count: props.counts.krs },
  ];
  return (
    <div class="irisan-cards" role="group" aria-label={t("irisan.title")}>
      <For each={cards()}>
        {(card) => (
          <button
            type="button"
            class="irisan-card"
            classList={{ "irisan-gap": card.key === "gap" }}
            aria-pressed={sameSelection(card.selection, props.selected)}
            onClick={() => props.onSelect(card.selection)}
            data-testid={`irisan-count-${card.key}`}
          >
            <span class="irisan-number">{formatNumber(card.count)}</span>
            <span class="irisan-label">{selectionLabel(card.selection)}</span>
            {card.hint ? <span class="irisan-hint">{card.hint}</span> : null}
          </button>
        )}
      </For>
    </div>
  );
}
