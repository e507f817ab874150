import { For, Show, type JSX } from "solid-js";
import { t } from "../../i18n/index.ts";
import { hrefFor, navigate, type Section } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { SyncBadge } from "../../ui/SyncBadge.tsx";
import { LanguageToggle } from "../../ui/LanguageToggle.tsx";
import { RefusedCopyBanner } from "../../ui/RefusedCopyBanner.tsx";

const TABS: Array<{ section: Section; label: "nav.keluarga" | "nav.peta" | "nav.papan" | "nav.notulen" | "nav.undangan" | "nav.pengaturan" }> = [
  { section: "keluarga", label: "nav.keluarga" },
  { section: "peta", label: "nav.peta" },
  { section: "papan", label: "nav.papan" },
  { section: "notulen", label: "nav.notulen" },
  { section: "undangan", label: "nav.undangan" },
  { section: "pengaturan", label: "nav.pengaturan" },
];

/** Header (workspace, role, sync status) and the tabs this role may see. */
export function WorkspaceShell(props: { section: Section; children: JSX.Element }) {
  const ws = useWorkspace();
  const visible = (section: Section): boolean => {
    switch (section) {
      case "keluarga":
        return ws.roster !== null;
      case "peta":
        // pokja roles see households; OPD liaisons see needs at RT level (issue 6)
        return ws.roster !== null || ws.board !== null;
      case "papan":
        return ws.board !== null;
      case "notulen":
        return ws.minutes !== null;
      case "undangan":
        return ws.role === "lurah";
      case "impor":
        // the import wizard (issue 15): whoever writes the roster
        return ws.roster !== null && ws.canWrite("roster");
      case "pengaturan":
        // the pokja reads the thresholds that explain a KRS flag; only the lurah edits them
        return ws.meta !== null && (ws.role === "lurah" || ws.role === "kader");
    }
  };

  const signOut = async () => {
    const pending = ws.sync().pending;
    const name = ws.meta?.profile().name || ws.id;
    const question = pending > 0 ? t("home.signOutUnsynced", { count: pending, ws: name }) : t("home.signOutConfirm", { ws: name });
    if (!confirm(question)) return;
    await ws.signOut();
    navigate({ name: "home" }, true);
  };

  return (
    <div class="shell">
      <header class="topbar">
        <div class="title">
          <a href="#/" class="brand">
            {t("app.name")}
          </a>
          <span class="ws-name" data-testid="workspace-name">
            {ws.meta?.profile().name || ws.id}
          </span>
          <span class="muted">
            {t(`role.${ws.role}`)}
            {ws.agency ? ` · ${ws.agency}` : ""}
          </span>
        </div>
        <SyncBadge sync={ws.sync} />
        <div class="topbar-actions">
          <LanguageToggle />
          <button type="button" class="link-button" onClick={() => void signOut()}>
            {t("home.signOut")}
          </button>
        </div>
      </header>
      <RefusedCopyBanner show={ws.hasRefusedCopy()} onReload={() => void ws.reloadRefusedFromRelay()} />
      <nav class="tabs">
        <For each={TABS.filter((tab) => visible(tab.section))}>
          {(tab) => (
            <a href={hrefFor({ name: "workspace", ws: ws.id, section: tab.section, item: null })} classList={{ active: props.section === tab.section }}>
              {t(tab.label)}
            </a>
          )}
        </For>
      </nav>
      <Show when={visible(props.section)}>
        <main class="page">{props.children}</main>
      </Show>
    </div>
  );
}
