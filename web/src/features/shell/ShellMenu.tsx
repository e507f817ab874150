import { createSignal, onCleanup, Show } from "solid-js";
import { locale, setLocale, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { confirmAndSignOut } from "./signOut.ts";

/**
 * The header's menu: who this device is in the workspace, the other workspaces, the language, the lurah's
 * "apply a changes file", and "keluar" (rare and destructive: out of the way, never a stray tap).
 */
export function ShellMenu(props: { onApplyChanges: () => void }) {
  const ws = useWorkspace();
  const [open, setOpen] = createSignal(false);
  const closeOnOutside = (event: Event) => {
    if (open() && !(event.target as Element).closest?.(".shell-menu")) setOpen(false);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape") setOpen(false);
  };
  document.addEventListener("pointerdown", closeOnOutside);
  document.addEventListener("keydown", closeOnEscape);
  onCleanup(() => {
    document.removeEventListener("pointerdown", closeOnOutside);
    document.removeEventListener("keydown", closeOnEscape);
  });
  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  return (
    <div class="shell-menu">
      <button type="button" class="menu-button" aria-label={t("shell.menu")} aria-haspopup="menu" aria-expanded={open()} onClick={() => setOpen(!open())} data-testid="shell-menu-button">
        <svg viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        <span class="menu-button-label">{t("shell.menu")}</span>
      </button>
      <Show when={open()}>
        <div class="menu-panel" role="menu" aria-label={t("shell.menu")} data-testid="shell-menu">
          <div class="menu-who">
            <strong>{ws.userName || t(`role.${ws.role}`)}</strong>
            <span class="muted">
              {t(`role.${ws.role}`)}
              {ws.agency ? ` · ${ws.agency}` : ""}
            </span>
          </div>
          <a role="menuitem" href="#/" onClick={() => setOpen(false)}>
            {t("shell.workspaces")}
          </a>
          <Show when={ws.role === "lurah"}>
            <button type="button" role="menuitem" onClick={choose(props.onApplyChanges)}>
              {t("shell.applyChanges")}
            </button>
          </Show>
          <button type="button" role="menuitem" lang={locale() === "id" ? "en" : "id"} onClick={choose(() => void setLocale(locale() === "id" ? "en" : "id"))}>
            {t("lang.switch")}
          </button>
          <button type="button" role="menuitem" class="danger" onClick={choose(() => void confirmAndSignOut(ws))}>
            {t("home.signOut")}
          </button>
        </div>
      </Show>
    </div>
  );
}
