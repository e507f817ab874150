import { For, onMount, Show } from "solid-js";
import { formatNumber, t } from "../../i18n/index.ts";
import type { PreviewRow } from "../../state/rosterPreview.ts";

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
        <table class="table">
          <thead>
            <tr>
              <th>{t("household.kepala")}</th>
              <th>{t("household.rtrw")}</th>
              <th>{t("household.noKk")}</th>
              <th>{t("column.members")}</th>
              <th>{t("column.krs")}</th>
              <th>{t("column.stunting")}</th>
              <th>{t("household.desil")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(r) => (
                <tr data-testid="preview-row">
                  <td>
                    <a href={props.hrefFor(r.id)}>{r.kepala || t("common.none")}</a>
                  </td>
                  <td>{`${r.rt ?? "?"}/${r.rw ?? "?"}`}</td>
                  <td class="mono">{r.noKk}</td>
                  <td>{r.members}</td>
                  <td>
                    <Show when={r.isKrs} fallback={<span class="muted">{r.isSasaran ? t("krs.safe") : t("krs.notSasaran")}</span>}>
                      <span class="krs">
                        <span class="krs-tag">{t("krs.badge")}</span>
                        {r.factors.map((f) => t(`factor.${f}`)).join(", ")}
                      </span>
                    </Show>
                  </td>
                  <td>{r.stunting ? t(`stunting.${r.stunting}`) : ""}</td>
                  <td>{r.desil ?? ""}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </div>
  );
}
