import { createEffect, createSignal, onCleanup, type Accessor, type Setter } from "solid-js";
import type * as Y from "yjs";
import { DOC_KINDS, canRead, canWrite, type DocKind, type Role } from "@shared/model/index.ts";
import { openDocLink, wipeDocLocally, type DocLink } from "../sync/docConnection.ts";
import { forgetSession, learnName, markRefused, type Session } from "../sync/sessions.ts";
import { fetchTokenStatus, makeAccessWatch, type AccessVerdict } from "../sync/accessCheck.ts";
import { announceSignOut, onSignedOutElsewhere } from "../sync/signOutChannel.ts";
import { decodeUnsyncedFile, encodeUnsyncedFile, unsyncedFileName } from "../sync/unsyncedFile.ts";
import { createRosterState, type RosterActions, type RosterState } from "./roster.ts";
import { createBoardState, type BoardActions, type BoardState } from "./board.ts";
import { createMinutesState, type MinutesActions, type MinutesState } from "./minutes.ts";
import { createInternalNotesState, type InternalNotesState } from "./internalNotes.ts";
import { createMetaState, type MetaActions, type MetaState } from "./meta.ts";
import { summariseSync, type SyncSummary } from "./syncSummary.ts";
import { createAssessor, type Assessor } from "./assessment.ts";
import { DEFAULT_SCREENING_SETTINGS } from "@shared/rules/index.ts";
import { actingAs } from "@shared/rules/claims/index.ts";
import { EMPTY_FILTER, type RosterFilter } from "./rosterFilter.ts";
import { IDLE_PRIORITY, makeIdleTask } from "./idle.ts";
import { createGeoState, type GeoActions, type GeoState } from "./mapState.ts";
import { previewRows, savePreview, wipePreview } from "./rosterPreview.ts";
import { forgetOfflineReadyNotice } from "./offlineReady.ts";
import { wipeOutbox } from "../sync/reportOutbox.ts";
import { createImportState, type ImportActions, type ImportState } from "./imports.ts";
import { createExportLogState, type ExportLogState } from "./exportLog.ts";
import type { AuditReader } from "./audit.ts";

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
  /** when this device's invite link stops working (epoch ms) */
  expiresAt: number;
  canWrite(doc: DocKind): boolean;
  sync: Accessor<SyncSummary>;
  roster: [RosterState, RosterActions] | null;
  /** the roster's imports: batches, pairs waiting for a person, decisions (with the roster) */
  imports: [ImportState, ImportActions] | null;
  /** who printed or downloaded the monthly report, and when (with the roster: lurah and pokja) */
  exportLog: ExportLogState | null;
  board: [BoardState, BoardActions] | null;
  minutes: [MinutesState, MinutesActions] | null;
  /** the pokja's internal meeting notes: null on devices whose role may not read them (OPD, pemantau) */
  internal: InternalNotesState | null;
  /**
   * The village's yearly plan (issue 19; every village role reads it, the lurah and the pokja write it). Its state
   * is made by the screens that show it (state/plan.ts usePlan), so its adapter loads with them, not at start.
   */
  planDoc: Y.Doc | null;
  meta: (MetaState & { actions: MetaActions }) | null;
  /** the map's areas, RT positions and basemap (meta document; written by the lurah) */
  geo: (GeoState & { actions: GeoActions }) | null;
  /** KRS screening and growth of a household, with the workspace's thresholds */
  assess: Assessor;
  /** true once every document this role reads has come from the relay and is written to this device */
  documentsStored: Accessor<boolean>;
  /** false until the roster document is read from the device (the table shows a preview meanwhile) */
  rosterLoaded: Accessor<boolean>;
  /** one filter state for the roster and every view of it (map, report) */
  rosterFilter: [Accessor<RosterFilter>, Setter<RosterFilter>];
  /** "keluar": forget the token and wipe this device's copy (every other tab of this workspace closes first) */
  signOut(): Promise<void>;
  /**
   * Set when this workspace was closed under the screen: "keluar" in another tab. Its documents are
   * closed without writing anything back; the screens must show none of it.
   */
  ended: Accessor<"signed-out-elsewhere" | null>;
  /**
   * Whether a document's emptiness means anything yet: "loading" while this device has never received
   * the relay's copy and is fetching it, "offline" when it never did and cannot now, else "done".
   */
  firstSync(kind: DocKind): "done" | "loading" | "offline";
  /** The device's changes the relay never received, as a file for the lurah (null when there are none). */
  exportUnsynced(): Promise<{ fileName: string; text: string; changes: number } | null>;
  /** Applies another device's export file of this workspace (the lurah, for a phone that lost its access). */
  applyChangesFile(text: string): ApplyFileResult;
  /** true when the relay refused a change of this device (4403): its copy of that document has diverged */
  hasRefusedCopy(): boolean;
  /** the lurah's reading of the relay's audit trail (who changed what, when), a lazy chunk; null for other roles */
  audit: (() => Promise<AuditReader>) | null;
  /**
   * Replaces the refused copies with the relay's: wipes them on this device and reloads the app. The
   * refused changes are lost on purpose (the relay never accepted them); everything else the relay has.
   */
  reloadRefusedFromRelay(): Promise<void>;
}

export type ApplyFileResult =
  | { ok: true; from: { name: string | null; role: string }; exportedAt: number; docs: DocKind[] }
  | { ok: false; reason: "not_a_changes_file" | "other_workspace" | "damaged" | "needs_sync" | "not_allowed" };

export function createWorkspace(session: Session, serverUrl: string): Workspace {
  const { ws, role } = session.payload;
  const links = new Map<DocKind, DocLink>();
  // A refused token is never tried again: the relay would only refuse it again (see docConnection, accessCheck).
  const access = makeAccessWatch({ check: () => fetchTokenStatus(session.token), onVerdict: (v) => refuseAll(v) });
  for (const kind of DOC_KINDS) {
    if (!canRead(role, kind)) continue;
    const expiresAt = session.payload.exp * 1000;
    links.set(kind, openDocLink({ workspaceId: ws, kind, token: session.token, serverUrl, expiresAt, blocked: session.refused ?? null, onUpgradeFailed: access.connectFailed }));
  }
  // One document refused for its token means all of them are: stop every link, and remember it for the next start.
  function refuseAll(verdict: AccessVerdict): void {
    access.dispose();
    // (a link only ever adopts a harder verdict, so this settles: every link ends on the hardest one)
    for (const l of links.values()) if (l.access() !== verdict) l.refuseAccess(verdict);
    if (verdict !== "expired") markRefused(ws, session.token, verdict);
  }

  const [documentsStored, setDocumentsStored] = createSignal(false);
  void Promise.all([...links.values()].map((l) => l.stored)).then(() => setDocumentsStored(true));

  const report = () =>
    summariseSync(
      [...links.values()].map((l) => ({
        link: l.link(),
        pending: l.pending(),
        refusal: l.refusal(),
        access: l.access(),
        everSynced: l.everSynced(),
        storageFailed: l.storageFailed(),
      })),
      navigator.onLine,
    );
  const [sync, setSync] = createSignal(report(), { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const [ended, setEnded] = createSignal<"signed-out-elsewhere" | null>(null);
  const refresh = () => {
    const next = report();
    if (next.access && [...links.values()].some((l) => l.access() !== next.access)) return refuseAll(next.access);
    setSync(next);
  };
  const stops = [...links.values()].map((l) => l.onChange(refresh));
  window.addEventListener("online", refresh);
  window.addEventListener("offline", refresh);
  let closed = false;
  /** Closes every document and stops every writer of this workspace: nothing is written to the device after this. */
  const close = () => {
    if (closed) return;
    closed = true;
    stopSignOutWatch();
    access.dispose();
    clearTimeout(previewTimer);
    cancelWarmUp?.();
    stops.forEach((s) => s());
    window.removeEventListener("online", refresh);
    window.removeEventListener("offline", refresh);
    links.forEach((l) => l.destroy());
  };
  // "keluar" in another tab: hide everything at once (the screens unmount), then close without writing back
  const stopSignOutWatch = onSignedOutElsewhere(ws, () => {
    setEnded("signed-out-elsewhere");
    close();
  });
  onCleanup(close);

  const docOf = (kind: DocKind) => links.get(kind)?.doc;
  const rosterDoc = docOf("roster");
  const boardDoc = docOf("board");
  const minutesDoc = docOf("minutes");
  const metaDoc = docOf("meta");

  const meta = metaDoc ? createMetaState(metaDoc) : null;
  // the name the relay keeps for this token (sessions.ts): the relay refuses board records signed otherwise
  const writerName = session.name ?? session.payload.role;
  if (session.name === null && navigator.onLine) void learnName(session);
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
    if (!roster || !rosterLoaded() || closed) return;
    const households = roster[0].households();
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      // names and No. KK: never written for a workspace this tab has closed (signed out, here or elsewhere)
      if (!closed) savePreview(ws, previewRows(households, assess.of), households.length);
    }, 1500);
  });

  // Screen every family in idle moments after the roster is read, so the first KRS filter does
  // not pay for 20,000 screenings at once (results are cached per record; edits redo only theirs).
  // (Cancelled with the workspace, not when this effect runs again on a roster change.)
  let cancelWarmUp: (() => void) | null = null;
  createEffect(() => {
    if (!roster || !rosterLoaded() || cancelWarmUp || closed) return;
    const queue = [...roster[0].households()];
    // only while the browser is idle, and never while a key or tap waits (makeIdleTask)
    cancelWarmUp = makeIdleTask((shouldYield) => {
      while (queue.length > 0 && !shouldYield()) assess.of(queue.pop()!);
      return queue.length === 0;
    }, IDLE_PRIORITY.background);
  });

  return {
    id: ws,
    role,
    agency: session.payload.opd ?? null,
    userName: session.name ?? "",
    token: session.token,
    expiresAt: session.payload.exp * 1000,
    canWrite: (doc) => canWrite(role, doc),
    sync,
    roster,
    imports: rosterDoc ? createImportState(rosterDoc, writerName, { workspaceId: ws, writable: canWrite(role, "roster") }) : null,
    exportLog: rosterDoc ? createExportLogState(rosterDoc, { by: writerName, role }) : null,
    board: boardDoc ? createBoardState(boardDoc, { ...actingAs(role, session.payload.opd), name: writerName }) : null,
    minutes: minutesDoc ? createMinutesState(minutesDoc, { awareness: links.get("minutes")?.awareness, userName: writerName }) : null,
    internal: docOf("internal") ? createInternalNotesState(docOf("internal")!) : null,
    planDoc: docOf("plan") ?? null,
    meta,
    geo: metaDoc ? createGeoState(metaDoc, { households: roster ? roster[0].households : null, canWrite: canWrite(role, "meta"), ready: rosterLoaded }) : null,
    documentsStored,
    rosterLoaded,
    rosterFilter: createSignal<RosterFilter>(EMPTY_FILTER),
    assess,
    hasRefusedCopy: () => (sync(), [...links.values()].some((l) => l.changeRefused())),
    audit: role === "lurah" ? () => import("./audit.ts").then((m) => m.createAuditReader(session.token, docOf)) : null,
    async reloadRefusedFromRelay() {
      const refused = [...links.values()].filter((l) => l.changeRefused());
      refused.forEach((l) => l.destroy());
      await Promise.all(refused.map((l) => wipeDocLocally(ws, l.kind)));
      location.reload();
    },
    ended,
    firstSync(kind) {
      sync(); // reactive: re-read when any link changes
      const l = links.get(kind);
      if (!l || l.everSynced()) return "done";
      return l.link() === "offline" ? "offline" : l.link() === "refused" ? "done" : "loading";
    },
    async exportUnsynced() {
      // the device's copy must be read first: an export of a half-loaded document would miss changes
      await Promise.all([...links.values()].map((l) => l.loaded));
      const docs = [...links.values()].flatMap((l) => {
        const update = l.unsynced();
        return update ? [{ doc: l.kind, pending: l.pending().count, update }] : [];
      });
      if (docs.length === 0) return null;
      const now = Date.now();
      const text = encodeUnsyncedFile({ workspace: ws, from: { name: session.name, role }, exportedAt: now, docs });
      return { fileName: unsyncedFileName(ws, new Date(now)), text, changes: docs.reduce((n, d) => n + d.pending, 0) };
    },
    applyChangesFile(text) {
      const read = decodeUnsyncedFile(text, ws);
      if (!read.ok) return read;
      const { docs } = read.file;
      if (docs.some((d) => !canWrite(role, d.doc) || !links.has(d.doc))) return { ok: false, reason: "not_allowed" };
      // every document is checked before any is touched: a file is applied whole or not at all
      for (const d of docs) {
        const check = links.get(d.doc)!.checkExternal(d.update);
        if (check === "needs-sync") return { ok: false, reason: "needs_sync" };
        if (check === "damaged") return { ok: false, reason: "damaged" };
      }
      for (const d of docs) links.get(d.doc)!.applyExternal(d.update);
      return { ok: true, from: read.file.from, exportedAt: read.file.exportedAt, docs: docs.map((d) => d.doc) };
    },
    async signOut() {
      // this tab's own workspace hears its announcement on its own channel: close first, then tell the others
      close();
      announceSignOut(ws);
      links.clear();
      await Promise.all(DOC_KINDS.map((kind) => wipeDocLocally(ws, kind)));
      wipePreview(ws);
      wipeOutbox(ws);
      forgetOfflineReadyNotice(ws);
      forgetSession(ws);
    },
  };
}
