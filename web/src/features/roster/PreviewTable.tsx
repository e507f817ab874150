import { For, onMount } from "solid-js";
import { formatNumber, t } from "../../i18n/index.ts";
import type { PreviewRow } from "../../state/rosterPreview.ts";
import { krsBadgeView } from "./KrsBadge.tsx";

/** The table's column headers, in HouseholdRow's order. */
const HEADERS = ["household.kepala", "household.rtrw", "household.noKk", "column.members", "column.krs", "column.stunting", "household.desil"] as const;

/**
 * The roster's first screen from the small preview, painted while the full
 * document loads: the same columns as the table, nothing to edit yet.
 */
export function PreviewTable(props: { rows: PreviewRow[]; total: number; hrefFor: (id: string) => string }) {
  onMount(() => requestAnimationFrame(() => performance.mark("rembuk:roster-preview-rows")));
  return (
    <div data-testid="roster-preview">
      <p class="muted">{t("roster.loadingAll", { total: formatNumber(props.total) })}</p>
      <div class="table-wrap virtual">
        <div class="roster-grid" role="table" aria-label={t("roster.title")}>
          <div class="roster-head" role="rowgroup">
            <div class="roster-row" role="row">
              <For each={HEADERS}>{(key) => <div role="columnheader">{t(key)}</div>}</For>
            </div>
          </div>
          <div role="rowgroup">
            <For each={props.rows}>
              {(r) => {
                const krs = krsBadgeView(r);
                return (
                  <div class="roster-row" role="row" data-testid="preview-row">
                    <div role="cell">
                      <a href={props.hrefFor(r.id)}>{r.kepala || t("common.none")}</a>
                    </div>
                    <div role="cell">{`${r.rt ?? "?"}/${r.rw ?? "?"}`}</div>
                    <div role="cell" class="mono">{r.noKk}</div>
                    <div role="cell">{r.members}</div>
                    <div role="cell">
                      {/* the badge's classes and texts, without the test id and title of the table's own badge */}
                      <span class={krs.className}>
                        <span class={krs.tagClass ?? undefined}>{krs.tag}</span>
                        {krs.text}
                      </span>
                    </div>
                    <div role="cell">{r.stunting ? t(`stunting.${r.stunting}`) : ""}</div>
                    <div role="cell">{r.desil ?? ""}</div>
                  </div>
                );
              }}
            </For>
          </div>
        </div>
      </div>
    </div>
  );
}
