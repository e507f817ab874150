import { createSignal, Show } from "solid-js";
import { t } from "../i18n/index.ts";
import { canInstall, install } from "../app/installPrompt.ts";
import { requestPersistentStorage } from "../sync/storageGuard.ts";

const DISMISSED = "rembuk:storage-notice-dismissed";
const [notPersistent, setNotPersistent] = createSignal(false);

/** Asks the browser for persistent storage once at start; the notice shows where the answer is no. */
export function checkPersistentStorage(): void {
  void requestPersistentStorage().then((s) => setNotPersistent(s.persisted === false));
}

/**
 * The browser has not made this device's storage persistent (PRODUCT.md: warn before data could be lost).
 * It says what to do (install the app, allow storage), offers both where the browser can, and once read it
 * can be closed for good on this device: a warning pinned on every screen is a warning nobody reads.
 */
export function StorageNotice() {
  const [dismissed, setDismissed] = createSignal(localStorage.getItem(DISMISSED) !== null);
  const [notGranted, setNotGranted] = createSignal(false);
  const allow = async () => {
    const state = await requestPersistentStorage();
    if (state.persisted) setNotPersistent(false);
    else setNotGranted(true);
  };
  const dismiss = () => {
    localStorage.setItem(DISMISSED, String(Date.now()));
    setDismissed(true);
  };
  return (
    <Show when={notPersistent() && !dismissed()}>
      <section class="storage-notice" data-testid="storage-warning" aria-labelledby="storage-notice-title">
        <div class="storage-text">
          <p>
            <strong id="storage-notice-title">{t("storage.title")}</strong> {t("storage.body")}
          </p>
          <Show when={notGranted()}>
            <p class="muted">{t("storage.notGranted")}</p>
          </Show>
        </div>
        <div class="actions wrap">
          <Show when={canInstall()}>
            <button type="button" onClick={() => void install().then((ok) => ok && void allow())}>
              {t("storage.install")}
            </button>
          </Show>
          <button type="button" class="secondary" onClick={() => void allow()}>
            {t("storage.allow")}
          </button>
          <button type="button" class="secondary" onClick={dismiss} data-testid="storage-warning-dismiss">
            {t("storage.dismiss")}
          </button>
        </div>
      </section>
    </Show>
  );
}
