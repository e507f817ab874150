import { Show, type Accessor } from "solid-js";
import { t } from "../i18n/index.ts";

/** Offered, never forced: a kader may be halfway through a form when a new version lands. */
export function UpdateBanner(props: { reload: Accessor<(() => void) | null> }) {
  return (
    <Show when={props.reload()}>
      {(reload) => (
        <div class="banner" role="alert" data-testid="update-banner">
          <span>{t("update.ready")}</span>
          <button type="button" onClick={() => reload()()}>
            {t("update.reload")}
          </button>
        </div>
      )}
    </Show>
  );
}
