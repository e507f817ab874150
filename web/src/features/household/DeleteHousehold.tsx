import { createSignal, Show } from "solid-js";
import { RESTORE_DAYS } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";

/** "Hapus keluarga", asked once more: what it does and for how long it can be undone. */
export function DeleteHousehold(props: { name: string; onDelete: () => void }) {
  const [asking, setAsking] = createSignal(false);
  return (
    <section class="panel" data-testid="delete-household">
      <Show
        when={asking()}
        fallback={
          <button type="button" class="secondary" onClick={() => setAsking(true)}>
            {t("delete.open")}
          </button>
        }
      >
        <div role="alertdialog" aria-label={t("delete.open")} data-testid="delete-confirm">
          <p>{t("delete.confirm", { name: props.name || "?", days: RESTORE_DAYS })}</p>
          <div class="actions">
            <button type="button" class="secondary danger" data-testid="delete-household-yes" onClick={() => props.onDelete()}>
              {t("delete.yes")}
            </button>
            <button type="button" class="secondary" onClick={() => setAsking(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      </Show>
    </section>
  );
}
