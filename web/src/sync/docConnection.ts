import * as Y from "yjs";
import { fetchUpdates, IndexeddbPersistence, storeState } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import { Awareness } from "y-protocols/awareness";
import { roomName, type DocKind } from "@shared/model/index.ts";
import { IMPORT_SLICE_ORIGIN } from "@shared/crdt/roster/index.ts";
import { CLOSE_RESYNC, dropParked } from "./parked.ts";
import { PendingTracker, type PendingSnapshot } from "./pendingTracker.ts";
import { watchSyncMessages } from "./syncMessages.ts";
import { ACCESS_RANK, ACCESS_REASON, accessVerdictOfClose, type AccessVerdict } from "./accessCheck.ts";
import { checkApplicable, IMPORT_ORIGIN, type ApplyCheck } from "./applyUpdate.ts";
import { linkKeys, readStateVector, writeStateVector } from "./linkStore.ts";
import { syncProtocols } from "./sessions.ts";

export type LinkState = "connecting" | "connected" | "synced" | "offline" | "refused";

export interface DocLink {
  kind: DocKind;
  doc: Y.Doc;
  /** resolves once the device's own copy (IndexedDB) is loaded */
  loaded: Promise<void>;
  /** resolves once the relay's copy has reached this device and is written to IndexedDB (ready for offline) */
  stored: Promise<void>;
  link(): LinkState;
  pending(): PendingSnapshot;
  /** the close reason when the relay refused us for good (44xx), e.g. "token dicabut" */
  refusal(): string | null;
  /** true when the relay refused one of this device's changes (4403): this copy can never sync again as it is */
  changeRefused(): boolean;
  /** why this device may no longer sync this workspace (revoked, expired, a token the relay does not accept), or null */
  access(): AccessVerdict | null;
  /** Stops dialling for good: the relay refuses the token (learnt from another document or from /api/token-status). */
  refuseAccess(verdict: AccessVerdict): void;
  /** true once this device has received the relay's copy of this document (now or in an earlier session) */
  everSynced(): boolean;
  /** true when the device's own copy (IndexedDB) could not be read or written: changes then live in memory only */
  storageFailed(): boolean;
  /**
   * What this device holds that the relay may lack, as one Yjs update: everything since the last moment the
   * relay had confirmed all of this device's changes (the whole document if it never did). Null when nothing is pending.
   */
  unsynced(): Uint8Array | null;
  /** Whether changes another device exported (its unsynced()) can be applied to this copy as they are. */
  checkExternal(update: Uint8Array): ApplyCheck;
  /** Applies them (after checkExternal), as a change of this device: they sync from here. */
  applyExternal(update: Uint8Array): void;
  onChange(listener: () => void): () => void;
  /** the shared awareness (cursors, names) of this document's room */
  awareness: Awareness;
  destroy(): void;
}

function readPending(key: string): PendingSnapshot {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? "null") as PendingSnapshot | null;
    if (raw && Number.isInteger(raw.count) && raw.count >= 0) return raw;
  } catch {
    /* a damaged entry counts as nothing pending; the next step 2 re-sends everything anyway */
  }
  return { count: 0, since: null };
}

/**
 * Resolves when every IndexedDB write queued so far on this copy has committed: a transaction on the
 * same store starts only after the read/write ones created before it have finished.
 */
function whenWritten(persistence: IndexeddbPersistence): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      const tx = persistence.db!.transaction(["updates"], "readonly");
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/**
 * Loads the device's copy first, with nothing listening for document updates:
 * Yjs encodes every transaction as an update when anyone listens, and for a
 * 20,000-family roster encoding the load costs seconds on a cheap phone. Only
 * then do IndexedDB writes, the pending tracker and the relay provider attach.
 * The provider runs without BroadcastChannel: announcing the whole document to
 * other tabs on every connect is another full encode (tabs sync through the relay).
 */
export interface DocLinkOptions {
  workspaceId: string;
  kind: DocKind;
  token: string;
  serverUrl: string;
  expiresAt: number;
  /** a verdict this device already learnt (the token was revoked or refused): open the copy, never dial */
  blocked?: AccessVerdict | null;
  /**
   * A connection attempt failed before the socket opened. A browser cannot tell a refused upgrade (401)
   * from an unreachable relay; the workspace asks the relay why (accessCheck.ts).
   */
  onUpgradeFailed?: () => void;
}

export function openDocLink(opts: DocLinkOptions): DocLink {
  const { workspaceId, kind, token, serverUrl, expiresAt } = opts;
  const doc = new Y.Doc();
  const keys = linkKeys(workspaceId, kind);
  const tracker = new PendingTracker(readPending(keys.pending));
  const persistence = new IndexeddbPersistence(`rembuk/${roomName(workspaceId, kind)}`, doc);
  // y-indexeddb listens from its constructor; pause its writer until the stored updates are in
  const storeUpdate = (persistence as unknown as { _storeUpdate: (update: Uint8Array, origin: unknown) => void })._storeUpdate;
  doc.off("update", storeUpdate);
  const awareness = new Awareness(doc);
  let provider: WebsocketProvider | null = null;
  let destroyed = false;
  // Edits made while loading are noticed without encoding anything (transactions, not updates).
  let editedWhileLoading = false;
  const noticeEdit = (tr: Y.Transaction) => {
    if (tr.origin !== persistence && tr.local && (tr.changed.size > 0 || tr.deleteSet.clients.size > 0)) editedWhileLoading = true;
  };
  doc.on("afterTransaction", noticeEdit);

  let markStored = () => {};
  const stored = new Promise<void>((resolve) => (markStored = resolve));

  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  let state: LinkState = "connecting";
  let refusal: string | null = null;
  let changeRefused = false;
  let access: AccessVerdict | null = opts.blocked ?? null;
  let everSynced = localStorage.getItem(keys.synced) !== null;
  let storageFailed = false;
  const setState = (next: LinkState) => {
    if (state === next) return;
    state = next;
    if (next === "synced") noteSynced();
    notify();
  };
  // The relay holds everything this copy holds whenever the link is synced and nothing is pending:
  // remember the state vector then, so an export of unsynced changes carries only what came after.
  const rememberConfirmed = () => {
    if (!destroyed && state === "synced" && tracker.snapshot().count === 0) writeStateVector(keys.confirmed, Y.encodeStateVector(doc));
  };
  const noteSynced = () => {
    if (!everSynced) {
      everSynced = true;
      localStorage.setItem(keys.synced, String(Date.now()));
    }
    rememberConfirmed();
  };
  const stopTracking = tracker.subscribe((s) => {
    localStorage.setItem(keys.pending, JSON.stringify(s));
    if (s.count === 0) rememberConfirmed();
    notify();
  });
  // An IndexedDB that fails (closed under us by a sign-out in another tab, quota, a private window) must
  // never stop the update from reaching the relay: y-indexeddb's writer throws inside the document's update
  // event, and an exception there skips every later listener, the provider's among them. Say it instead.
  const failStorage = () => {
    if (storageFailed || destroyed) return;
    storageFailed = true;
    notify();
  };
  const idb = persistence as unknown as { db: IDBDatabase | null; _dbsize: number };
  const writeToDevice = (update: Uint8Array, origin: unknown) => {
    try {
      // y-indexeddb compacts its stored updates (a full encode of the document: a long task for a large
      // roster) once it counts 500 of them; an import batch written in slices (hundreds of small
      // transactions) is not counted, as the same batch written in one transaction counted once
      if (origin === IMPORT_SLICE_ORIGIN && idb.db) idb._dbsize -= 1;
      storeUpdate(update, origin);
    } catch {
      failStorage();
    }
  };

  // An expired token would be refused at the upgrade (HTTP 401, which a browser only reports as
  // a failed socket): say why here instead of retrying forever. The data stays on the device.
  const refuseIfExpired = (): boolean => {
    if (Date.now() < expiresAt) return false;
    refuseAccess("expired");
    return true;
  };
  function refuseAccess(verdict: AccessVerdict): void {
    if (access === null || ACCESS_RANK[verdict] > ACCESS_RANK[access]) access = verdict;
    refusal = refusal ?? ACCESS_REASON[verdict];
    provider?.disconnect();
    if (state === "refused") return notify();
    setState("refused");
  }
  // When the browser knows it is offline, stop dialling (a cheap phone's battery) and say so at once;
  // reconnect the moment it is back rather than waiting out the backoff.
  const goOffline = () => {
    provider?.disconnect();
    tracker.disconnected();
    if (state !== "refused") setState("offline");
  };
  const goOnline = () => {
    if (state !== "refused" && access === null && !refuseIfExpired()) provider?.connect();
  };
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);

  // The relay refused an update of ours for a missing dependency (4500, "sinkronkan ulang"); the
  // provider reconnects by itself. If this copy holds structs that wait for a dependency it never
  // got (a relay before that refusal served its own to every device), they would ride along in
  // every step 2 and be refused again: drop them, in memory now and in IndexedDB, whose stored
  // snapshots may hold them (read what is there, drop again, write one snapshot without them).
  const forgetParked = () => {
    if (!dropParked(doc)) return;
    void fetchUpdates(persistence).then(() => {
      dropParked(doc);
      return storeState(persistence, true);
    });
  };

  const attachProvider = (): WebsocketProvider => {
    const p = new WebsocketProvider(serverUrl, roomName(workspaceId, kind), doc, {
      connect: false,
      awareness,
      // the token rides in the subprotocol list, never in the URL (relay/PROTOCOL.md section 1)
      protocols: syncProtocols(token),
      maxBackoffTime: 10_000,
      disableBc: true,
    });
    watchSyncMessages(p, tracker);
    let opened = false;
    p.on("status", ({ status }) => {
      if (status === "disconnected") tracker.disconnected();
      if (status === "connecting") opened = false;
      if (status === "connected") opened = true;
      if (state === "refused") return;
      setState(status === "connected" ? (p.synced ? "synced" : "connected") : status === "connecting" ? "connecting" : "offline");
    });
    p.on("sync", (synced: boolean) => {
      if (state !== "refused" && p.wsconnected) setState(synced ? "synced" : "connected");
      // the relay's step 2 is applied and its IndexedDB write queued by now
      if (synced && !destroyed) whenWritten(persistence).then(markStored, () => undefined);
    });
    p.on("closed", ({ code, reason }) => {
      refusal = reason || "ditolak relay";
      changeRefused = code === 4403;
      const verdict = accessVerdictOfClose(code, reason);
      if (verdict) return refuseAccess(verdict);
      setState("refused");
    });
    p.on("connection-close", (event) => {
      if (event?.code === CLOSE_RESYNC) forgetParked();
      if (refuseIfExpired()) return;
      // a socket that never opened: refused at the upgrade, or a relay out of reach (event null: closed by us)
      if (event && !opened && navigator.onLine) opts.onUpgradeFailed?.();
    });
    return p;
  };

  // A device copy that cannot be opened or read (no IndexedDB, a failed read) must not keep the relay
  // away: the document then starts empty, in memory, and syncs all the same.
  const deviceCopy = new Promise<boolean>((resolve) => {
    void persistence.whenSynced.then(() => resolve(true));
    const dbOpened = (persistence as unknown as { _db: Promise<IDBDatabase> })._db;
    dbOpened.then(
      (db) => {
        // request errors and aborted transactions (quota, a database closed under us) bubble up to the database
        const onFailure = () => {
          failStorage();
          resolve(false);
        };
        db.addEventListener("error", onFailure);
        db.addEventListener("abort", onFailure);
        db.addEventListener("close", onFailure);
      },
      () => {
        failStorage();
        resolve(false);
      },
    );
  });

  const loaded = deviceCopy.then((stored) => {
    if (destroyed) return;
    doc.off("afterTransaction", noticeEdit);
    if (editedWhileLoading && stored) {
      // rare: someone typed before the copy was in; store the whole state once and count it pending
      void storeState(persistence, true);
      tracker.localChangeWithoutBytes();
    }
    if (stored) doc.on("update", writeToDevice);
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== provider && origin !== persistence) tracker.localUpdate(update);
    });
    provider = attachProvider();
    if (access !== null) return setState("refused");
    if (refuseIfExpired()) return;
    if (navigator.onLine) provider.connect();
    else setState("offline");
  });

  return {
    kind,
    doc,
    loaded,
    stored,
    link: () => state,
    pending: () => tracker.snapshot(),
    refusal: () => refusal,
    changeRefused: () => changeRefused,
    access: () => access,
    refuseAccess,
    everSynced: () => everSynced,
    storageFailed: () => storageFailed,
    unsynced() {
      if (tracker.snapshot().count === 0) return null;
      const confirmed = readStateVector(keys.confirmed);
      return confirmed ? Y.encodeStateAsUpdate(doc, confirmed) : Y.encodeStateAsUpdate(doc);
    },
    checkExternal: (update) => checkApplicable(doc, update),
    applyExternal(update) {
      Y.applyUpdate(doc, update, IMPORT_ORIGIN);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    awareness,
    destroy() {
      destroyed = true;
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      stopTracking();
      provider?.destroy();
      awareness.destroy();
      void persistence.destroy();
      doc.destroy();
    },
  };
}

/** Wipes the device's copy of a workspace document ("keluar" wipes the device, DOMAIN.md). */
export async function wipeDocLocally(workspaceId: string, kind: DocKind): Promise<void> {
  for (const key of Object.values(linkKeys(workspaceId, kind))) localStorage.removeItem(key);
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(`rembuk/${roomName(workspaceId, kind)}`);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
