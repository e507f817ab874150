import { createEffect, ErrorBoundary, Match, onCleanup, Show, Switch } from "solid-js";
import { findSession, relaySyncUrl } from "../sync/sessions.ts";
import { createWorkspace } from "../state/workspace.ts";
import { WorkspaceContext } from "../state/context.ts";
import { WorkspaceShell } from "../features/shell/WorkspaceShell.tsx";
import { RosterPage } from "../features/roster/RosterPage.tsx";
import { BoardPage, HouseholdPage, ImportPage, InvitesPage, IrisanPage, MapPage, MinutesPage, MyVisitsPage, preloadScreensWhenIdle, ReportPage, SettingsPage } from "./screens.ts";
import { startReportOutbox } from "../sync/reportOutbox.ts";
import { ScreenLoadError } from "./ScreenLoadError.tsx";
import { createOfflineReadiness } from "../state/offlineReady.ts";
import { whenAppShellCached } from "../sync/serviceWorker.ts";
import { cacheDeferredChunksWhenIdle } from "../sync/deferredChunks.ts";
import { OfflineReadyNotice } from "../features/offline/OfflineReadyNotice.tsx";
import { HomePage } from "../features/home/HomePage.tsx";
import { navigate, type Section } from "./route.ts";
import { landingSection, mayOpen } from "./sections.ts";

/** Opens the workspace once per workspace id; switching tabs keeps the same documents. */
export function WorkspaceView(props: { ws: string; section: Section | null; item: string | null }) {
  return (
    // a district token opens no village document (the relay refuses it): its own screen instead
    <Show when={findSession(props.ws)?.payload.role !== "district" && findSession(props.ws) && props.ws} keyed fallback={<HomePage />}>
      {(wsId) => {
        const session = findSession(wsId)!;
        const workspace = createWorkspace(session, relaySyncUrl(location));
        const readiness = createOfflineReadiness(workspace, whenAppShellCached());
        // a report the lurah sent offline goes up when the phone is online, whichever screen is open
        if (session.payload.role === "lurah") onCleanup(startReportOutbox(session));
        // the map's chunk waits until the app is ready offline and the phone is idle
        onCleanup(cacheDeferredChunksWhenIdle(readiness.whenReady));
        // the family page, the board and the notulen: in memory before the phone can lose signal
        const next = [mayOpen(session.payload.role, "keluarga") && HouseholdPage, mayOpen(session.payload.role, "papan") && BoardPage, mayOpen(session.payload.role, "notulen") && MinutesPage];
        onCleanup(preloadScreensWhenIdle(next.filter((s) => s !== false)));
        // no section, an unknown one, or one this role may not open (an OPD liaison's old bookmark of
        // Keluarga): the role's own landing tab instead of an empty page
        createEffect(() => {
          if (!props.section || !mayOpen(session.payload.role, props.section)) {
            navigate({ name: "workspace", ws: wsId, section: landingSection(session.payload.role), item: null }, true);
          }
        });
        return (
          <WorkspaceContext.Provider value={workspace}>
            <OfflineReadyNotice readiness={readiness} />
            <WorkspaceShell section={props.section}>
              <ErrorBoundary fallback={<ScreenLoadError />}>
              <Switch>
                <Match when={props.section === "keluarga" && props.item} keyed>
                  {(id) => <HouseholdPage id={id} />}
                </Match>
                <Match when={props.section === "keluarga"}>
                  <RosterPage />
                </Match>
                <Match when={props.section === "kunjungan"}>
                  <MyVisitsPage />
                </Match>
                <Match when={props.section === "irisan"}>
                  <IrisanPage />
                </Match>
                <Match when={props.section === "laporan"}>
                  <ReportPage month={props.item} />
                </Match>
                <Match when={props.section === "peta"}>
                  <MapPage />
                </Match>
                <Match when={props.section === "papan"}>
                  <BoardPage />
                </Match>
                <Match when={props.section === "notulen"}>
                  <MinutesPage meetingId={props.item} />
                </Match>
                <Match when={props.section === "undangan"}>
                  <InvitesPage />
                </Match>
                <Match when={props.section === "pengaturan"}>
                  <SettingsPage />
                </Match>
                <Match when={props.section === "impor"}>
                  <ImportPage item={props.item} />
                </Match>
              </Switch>
              </ErrorBoundary>
            </WorkspaceShell>
          </WorkspaceContext.Provider>
        );
      }}
    </Show>
  );
}
