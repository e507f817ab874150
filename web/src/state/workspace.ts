import { createEffect, createSignal, onCleanup, type Accessor, type Setter } from "solid-js";
import { DOC_KINDS, canRead, canWrite, type DocKind, type Role } from "@shared/model/index.ts";
import { openDocLink, wipeDocLocally, type DocLink } from "../sync/docConnection.ts";
import { forgetSession, type Session } from "../sync/sessions.ts";
import { createRosterState, type RosterActions, type RosterState } from "./roster.ts";
import { createBoardState, type BoardActions, type BoardState } from "./board.ts";
import { createMinutesState, type MinutesActions, type MinutesState } from "./minutes.ts";
import { createMetaState, type MetaActions, type MetaState } from "./meta.ts";
import { summariseSync, type SyncSummary } from "./syncSummary.ts";
import { createAssessor, type Assessor } from "./assessment.ts";
import { DEFAULT_SCREENING_SETTINGS } from "@shared/rules/index.ts";
import { actingAs } from "@shared/rules/claims/index.ts";
import { EMPTY_FILTER, type RosterFilter } from "./rosterFilter.ts";
import { IDLE_PRIORITY, makeIdleTask } from "./idle.ts";
import { createGeoState, type GeoActions, type GeoState } from "./mapState.ts";
import { previewRows, savePreview, wipePreview } from "./rosterPreview.ts";

/**
 * Everything a screen needs about one joined workspace. Only the documents the
 * role may read are opened, so a device never holds (or asks for) the rest.
 */
export interface Workspace {
  id: string;
  role: Role;
  agency: string | null;
  userName: string;
  token: string;
  canWrite(doc: DocKind): boolean;
  sync: Accessor<SyncSummary>;
  roster: [RosterState, RosterActions] | null;
  board: [BoardState, BoardActions] | null;
  minutes: [MinutesState, MinutesActions] | null;
  meta: (MetaState & { actions: MetaActions }) | null;
  /** the map's areas, RT positions and basemap (meta document; written by the lurah) */
  geo: (GeoState & { actions: GeoActions }) | null;
  /** KRS screening and growth of a household, with the workspace's thresholds */
  assess: Assessor;
  /** false until the roster document is read from the device (the table shows a preview meanwhile) */
  rosterLoaded: Accessor<boolean>;
  /** one filter state for the roster and every view of it (map, report) */
  rosterFilter: [Accessor<RosterFilter>, Setter<RosterFilter>];
  /** "keluar": forget the token and wipe this device's copy */
  signOut(): Promise<void>;
  /** true when the relay refused a change of this device (4403): its copy of that document has diverged */
  hasRefusedCopy(): boolean;
  /**
   * Replaces the refused copies with the relay's: wipes them on this device and reloads the app. The
   * refused changes are lost on purpose (the relay never accepted them); everything else the relay has.
   */
  reloadRefusedFromRelay(): Promise<void>;
}

export function createWorkspace(session: Session, serverUrl: string): Workspace {
  const { ws, role } = session.payload;
  const links = new Map<DocKind, DocLink>();
  for (const kind of DOC_KINDS) {
    if (canRead(role, kind)) links.set(kind, openDocLink({ workspaceId: ws, kind, token: session.token, serverUrl, expiresAt: session.payload.exp * 1000 }));
  }

  const report = () =>
    summariseSync(
      [...links.values()].map((l) => ({ link: l.link(), pending: l.pending(), refusal: l.refusal() })),
      navigator.onLine,
    );
  const [sync, setSync] = createSignal(report(), { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const refresh = () => setSync(report());
  const stops = [...links.values()].map((l) => l.onChange(refresh));
  window.addEventListener("online", refresh);
  window.addEventListener("offline", refresh);
  onCleanup(() => {
    stops.forEach((s) => s());
    window.removeEventListener("online", refresh);
    window.removeEventListener("offline", refresh);
    links.forEach((l) => l.destroy());
  });

  const docOf = (kind: DocKind) => links.get(kind)?.doc;
  const rosterDoc = docOf("roster");
  const boardDoc = docOf("board");
  const minutesDoc = docOf("minutes");
  const metaDoc = docOf("meta");

  const meta = metaDoc ? createMetaState(metaDoc) : null;
  const writerName = session.payload.name ?? session.payload.role;
  const [rosterLoaded, setRosterLoaded] = createSignal(false);
  void links.get("roster")?.loaded.then(() => setRosterLoaded(true));
  const rosterLink = links.get("roster");
  const rosterSynced = () => rosterLink?.link() === "synced";
  const roster = rosterDoc ? createRosterState(rosterDoc, writerName, { writable: canWrite(role, "roster"), synced: rosterSynced }) : null;
  // households deleted longer ago than the restore period are purged once this copy is in sync
  if (roster && rosterLink) onCleanup(rosterLink.onChange(() => rosterSynced() && roster[1].purgeDue()));
  const assess = createAssessor(() => meta?.screening() ?? DEFAULT_SCREENING_SETTINGS);

  // Keep the roster's first screen as a small preview for the next cold start (rosterPreview.ts),
  // a little after changes settle so typing never pays for it.
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    if (!roster || !rosterLoaded()) return;
    const households = roster[0].households();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => savePreview(ws, previewRows(households, assess.of), households.length), 1500);
  });
  onCleanup(() => clearTimeout(previewTimer));

  // Screen every family in idle moments after the roster is read, so the first KRS filter does
  // not pay for 20,000 screenings at once (results are cached per record; edits redo only theirs).
  // (Cancelled with the workspace, not when this effect runs again on a roster change.)
  let cancelWarmUp: (() => void) | null = null;
  createEffect(() => {
    if (!roster || !rosterLoaded() || cancelWarmUp) return;
    const queue = [...roster[0].households()];
    // only while the browser is idle, and never while a key or tap waits (makeIdleTask)
    cancelWarmUp = makeIdleTask((shouldYield) => {
      while (queue.length > 0 && !shouldYield()) assess.of(queue.pop()!);
      return queue.length === 0;
    }, IDLE_PRIORITY.background);
  });
  onCleanup(() => cancelWarmUp?.());

  return {
    id: ws,
    role,
    agency: session.payload.opd ?? null,
    userName: session.payload.name ?? "",
    token: session.token,
    canWrite: (doc) => canWrite(role, doc),
    sync,
    roster,
    board: boardDoc ? createBoardState(boardDoc, { ...actingAs(role, session.payload.opd), name: writerName }) : null,
    minutes: minutesDoc ? createMinutesState(minutesDoc, { awareness: links.get("minutes")?.awareness, userName: writerName }) : null,
    meta,
    geo: metaDoc ? createGeoState(metaDoc, { households: roster ? roster[0].households : null, canWrite: canWrite(role, "meta"), ready: rosterLoaded }) : null,
    rosterLoaded,
    rosterFilter: createSignal<RosterFilter>(EMPTY_FILTER),
    assess,
    hasRefusedCopy: () => (sync(), [...links.values()].some((l) => l.changeRefused())),
    async reloadRefusedFromRelay() {
      const refused = [...links.values()].filter((l) => l.changeRefused());
      refused.forEach((l) => l.destroy());
      await Promise.all(refused.map((l) => wipeDocLocally(ws, l.kind)));
      location.reload();
    },
    async signOut() {
      links.forEach((l) => l.destroy());
      links.clear();
      await Promise.all(DOC_KINDS.map((kind) => wipeDocLocally(ws, kind)));
      wipePreview(ws);
      forgetSession(ws);
    },
  };
}
