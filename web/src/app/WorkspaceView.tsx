import { lazy, Match, Show, Switch } from "solid-js";
import { findSession, relaySyncUrl } from "../sync/sessions.ts";
import { createWorkspace } from "../state/workspace.ts";
import { WorkspaceContext } from "../state/context.ts";
import { WorkspaceShell } from "../features/shell/WorkspaceShell.tsx";
import { RosterPage } from "../features/roster/RosterPage.tsx";
import { HouseholdPage } from "../features/household/HouseholdPage.tsx";
import { BoardPage } from "../features/board/BoardPage.tsx";
import { MinutesPage } from "../features/minutes/MinutesPage.tsx";
import { InvitesPage } from "../features/invites/InvitesPage.tsx";
import { SettingsPage } from "../features/settings/SettingsPage.tsx";
import { HomePage } from "../features/home/HomePage.tsx";
import type { Section } from "./route.ts";

// maplibre-gl is large: it loads only when the map opens, so the rest of the app stays small
const MapPage = lazy(() => import("../features/map/MapPage.tsx").then((m) => ({ default: m.MapPage })));
// the import wizard (papaparse, read-excel-file, its worker) loads only when a list is imported
const ImportPage = lazy(() => import("../features/import/ImportPage.tsx").then((m) => ({ default: m.ImportPage })));

/** Opens the workspace once per workspace id; switching tabs keeps the same documents. */
export function WorkspaceView(props: { ws: string; section: Section; item: string | null }) {
  return (
    <Show when={findSession(props.ws) && props.ws} keyed fallback={<HomePage />}>
      {(wsId) => {
        const workspace = createWorkspace(findSession(wsId)!, relaySyncUrl(location));
        return (
          <WorkspaceContext.Provider value={workspace}>
            <WorkspaceShell section={props.section}>
              <Switch>
                <Match when={props.section === "keluarga" && props.item} keyed>
                  {(id) => <HouseholdPage id={id} />}
                </Match>
                <Match when={props.section === "keluarga"}>
                  <RosterPage />
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
                <Match when={props.section === "impor"}>
                  <ImportPage />
                </Match>
                <Match when={props.section === "pengaturan"}>
                  <SettingsPage />
                </Match>
              </Switch>
            </WorkspaceShell>
          </WorkspaceContext.Provider>
        );
      }}
    </Show>
  );
}
