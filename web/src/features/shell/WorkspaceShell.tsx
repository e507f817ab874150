import { createSignal, Match, Show, Switch, type JSX } from "solid-js";
import { t } from "../../i18n/index.ts";
import type { Section } from "../../app/route.ts";
import { mayOpen, sectionsFor } from "../../app/sections.ts";
import { useWorkspace } from "../../state/context.ts";
import { SyncBadge } from "../../ui/SyncBadge.tsx";
import { SyncNotice } from "../../ui/SyncNotice.tsx";
import { RefusedCopyBanner } from "../../ui/RefusedCopyBanner.tsx";
import { StorageNotice } from "../../ui/StorageNotice.tsx";
import { ShellMenu } from "./ShellMenu.tsx";
import { TabBar } from "./TabBar.tsx";
import { AccessScreen } from "./AccessScreen.tsx";
import { SignedOutScreen } from "./SignedOutScreen.tsx";
import { ApplyChangesDialog } from "./ApplyChangesDialog.tsx";

/**
 * The frame of an open workspace. On a phone one line on top (village, sync badge, menu) and the tabs at
 * the bottom; on a laptop the app's name and the role as well, and the tabs under the header. In place
 * of the screens: the access screen when the relay no longer accepts this device, and nothing of the
 * workspace once another tab signed out of it.
 */
export function WorkspaceShell(props: { section: Section | null; children: JSX.Element }) {
  const ws = useWorkspace();
  const tabs = sectionsFor(ws.role);
  const [applying, setApplying] = createSignal(false);
  const [keepWorking, setKeepWorking] = createSignal(false);
  const name = () => ws.meta?.profile().name || ws.id;
  const blocked = () => {
    const verdict = ws.sync().access;
    return verdict && !(verdict === "expired" && keepWorking()) ? verdict : null;
  };

  return (
    <Show when={!ws.ended()} fallback={<SignedOutScreen name={ws.id} />}>
      <div class="shell">
        <header class="topbar">
          <div class="title">
            <a href="#/" class="brand">
              {t("app.name")}
            </a>
            <span class="ws-name" data-testid="workspace-name">
              {name()}
            </span>
            <span class="muted role-line">
              {t(`role.${ws.role}`)}
              {ws.agency ? ` · ${ws.agency}` : ""}
            </span>
          </div>
          <SyncBadge sync={ws.sync} />
          <ShellMenu onApplyChanges={() => setApplying(true)} />
        </header>
        <Switch>
          <Match when={blocked()}>{(verdict) => <AccessScreen verdict={verdict()} onKeepWorking={() => setKeepWorking(true)} />}</Match>
          <Match when={true}>
            <SyncNotice sync={ws.sync} />
            <StorageNotice />
            <RefusedCopyBanner show={ws.hasRefusedCopy()} onReload={() => void ws.reloadRefusedFromRelay()} />
            <TabBar ws={ws.id} tabs={tabs} active={props.section} />
            <Show when={props.section && mayOpen(ws.role, props.section)}>
              <main class="page">{props.children}</main>
            </Show>
          </Match>
        </Switch>
        <Show when={applying()}>
          <ApplyChangesDialog onClose={() => setApplying(false)} />
        </Show>
      </div>
    </Show>
  );
}
