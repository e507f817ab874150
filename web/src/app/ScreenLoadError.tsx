import { t } from "../i18n/index.ts";

/**
 * A screen whose code could not be loaded (offline before the app was stored on this phone, or a new version
 * replaced the old files): say so and offer a reload instead of an empty page. A failed lazy import stays failed
 * until the page loads again, so "Muat ulang" reloads the page rather than retrying the import.
 */
export function ScreenLoadError() {
  return (
    <section class="panel" role="alert" data-testid="screen-load-error">
      <p>{t("screen.loadFailed")}</p>
      <button type="button" onClick={() => location.reload()}>
        {t("screen.reload")}
      </button>
    </section>
  );
}
