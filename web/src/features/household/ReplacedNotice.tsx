import { For, Show } from "solid-js";
import type { FieldConflict, Household } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { fieldLabel, historyWhen, valueText } from "./familyHistory.ts";

/**
 * An ordinary field (the address, say) two phones changed while apart: every device
 * keeps the same value, and this says whose value it replaced ("diubah juga oleh ...")
 * until someone keeps it or takes the other; both stay in the family's history.
 */
export function ReplacedNotice(props: { household: Household; writable: boolean; onChoose: (target: FieldConflict["target"], value: unknown) => void }) {
  const someone = () => t("changes.someone");
  const value = (field: string, v: unknown) => valueText(field, v, props.household);
  return (
    <Show when={(props.household.replaced ?? []).length > 0}>
      <section class="notice warn" data-testid="replaced" role="region" aria-label={t("replaced.title")}>
        <h2>{t("replaced.title")}</h2>
        <For each={props.household.replaced ?? []}>
          {(r) => (
            <For each={r.replaced}>
              {(lost) => (
                <div data-testid="replaced-value" data-field={r.target.field}>
                  <p>
                    {t("replaced.line", {
                      field: fieldLabel(r.target, props.household),
                      kept: value(r.target.field, r.kept.value),
                      keptBy: r.kept.by || someone(),
                      by: lost.by || someone(),
                      value: value(r.target.field, lost.value),
                      when: historyWhen(lost.at),
                    })}
                  </p>
                  <Show when={props.writable}>
                    <div class="actions">
                      <button type="button" onClick={() => props.onChoose(r.target, r.kept.value)}>
                        {t("replaced.keep", { value: value(r.target.field, r.kept.value) })}
                      </button>
                      <button type="button" class="secondary" onClick={() => props.onChoose(r.target, lost.value)}>
                        {t("replaced.use", { value: value(r.target.field, lost.value) })}
                      </button>
                    </div>
                  </Show>
                </div>
              )}
            </For>
          )}
        </For>
      </section>
    </Show>
  );
}
