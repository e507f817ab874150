import * as Y from "yjs";
import {
  BOARD_TYPES, boardTouch, claimsMap, confirmationsMap, confirmNewClaims, historyArray, readBoardRecord, readPlainHistory, recordMaps, type BoardTouch,
} from "@shared/crdt/board.ts";
import {
  actingAs, boardChangeAllowed, changeLabel, diffHistory, diffRecords, RECORD_MAPS, shown, type Actor, type BoardAfter, type BoardChange,
} from "@shared/rules/claims/index.ts";
import type { TokenPayload } from "@shared/model/index.ts";

/**
 * What the relay enforces on the board document (issue 4, PRODUCT.md "Claims").
 * The rules are shared/src/rules/claims (pure); this file decides which broken
 * rule refuses an update outright.
 *
 * Refusing a Yjs update strands the sender's later updates that build on it, so
 * only changes no honest app makes are refused: writing the relay's
 * confirmations; editing or deleting the append-only ledger (claims, withdrawals,
 * reassignments, history, comments); a top-level type the layout does not have;
 * for an OPD liaison, anything done in another agency's name; and, for anyone but the lurah, a
 * record signed with a name that is not the sender's (the name the relay keeps for its token). A status move
 * that looks out of order (two phones moved the same card while apart) is an
 * honest race: it passes and is only reported.
 *
 * Cost: the guard keeps a copy of the room's board (`BoardGuard`), which follows
 * every change the room's doc makes. An update is applied to the copy inside one
 * transaction; Yjs's record of what that transaction changed names the records the
 * update touched (shared/src/crdt/board/changes.ts), and only those are compared,
 * before (the room's doc, which has not seen the update) and after (the copy). So a
 * small update costs the same on a board of ten cards or ten thousand. The verdicts
 * are those of comparing two whole snapshots (rules/claims/guard.ts diffBoard); a
 * test holds the two side by side
 * (tests/fuzz/board-guard-gives-the-full-snapshot-verdicts.test.ts).
 * After a refusal, or anything thrown while judging, the copy holds the refused
 * update, so it is dropped and rebuilt from the room's doc on the next update.
 *
 * The copy must hold exactly what the doc holds. Yjs retries the structs and deletions
 * it keeps aside for a missing dependency ("pending") on every applyUpdate, and following
 * the doc is an applyUpdate on the copy, while the doc's own writes (the relay's
 * confirmations) retry nothing there: a parked forgery would be released into the copy,
 * unjudged, by the relay's own write, and be "old" to every later check. The room refuses
 * updates that would park (missingDependencies.ts), so the doc holds none; and should the
 * copy's pending change or its state differ from the doc's after following, the copy is
 * dropped and rebuilt, which keeps what is pending pending on both.
 */
const LEDGER = new Set(["claims", "confirmations", "withdrawals", "reassignments", "history", "comments"]);
const KNOWN_TYPES = new Set<string>(BOARD_TYPES);

/**
 * Who sends, as the guard judges it: the token's role and agency, and the name the relay keeps for its
 * jti (auth/authenticate.ts fills `token.name`: "" when the invite named nobody, undefined when the relay
 * holds no record of the token). Records signed with another name are refused (issue 17, item 12;
 * rules/claims/permissions.ts maySignAs).
 */
export function actorOf(token: TokenPayload): Actor {
  return { ...actingAs(token.role, token.opd), name: token.name === undefined ? undefined : token.name || null };
}

export interface BoardVerdict {
  /** reasons that refuse the update */
  refused: string[];
  /** reasons worth a log line that do not refuse it */
  noted: string[];
}

/**
 * Adds one change's verdict: a refusal, a note (an honest status race, or what the lurah or a
 * kader may do anyway outside the ledger), or nothing. Shared with the full-snapshot oracle, so
 * the equivalence test compares what the two guards see changed.
 */
export function judgeChange(verdict: BoardVerdict, actor: Actor, change: BoardChange, after: BoardAfter): void {
  const result = boardChangeAllowed(actor, change, after);
  if (result.ok) return;
  const line = `${changeLabel(change)}: ${result.reason}`;
  const refuses = LEDGER.has(change.map) || actor.role === "opd" || actor.role === "viewer";
  const honestRace = change.map === "interventions" && result.reason.startsWith("status ") && actor.role !== "viewer";
  (refuses && !honestRace ? verdict.refused : verdict.noted).push(line);
}

/** The guard of one board room. `doc` is the room's document: the guard reads it, never writes it. */
export class BoardGuard {
  /** the room's doc plus, while an update is judged, that update; null until needed, and after a refusal */
  private copy: Y.Doc | null = null;
  /** set while the room applies the update the copy has just judged (and so holds already) */
  private applyingJudged = false;

  constructor(private readonly doc: Y.Doc) {
    // the layout's types, typed, as the snapshots made them
    recordMaps(doc);
    historyArray(doc);
  }

  /** Judges `update` from a connection holding `token`; the room's doc is left alone. Throws on an update Yjs cannot apply. */
  check(update: Uint8Array, token: TokenPayload): BoardVerdict {
    const copy = this.copy ?? this.makeCopy();
    try {
      const historyLengthBefore = historyArray(copy).length;
      let touch: BoardTouch = { records: new Map(), history: { change: null } };
      copy.transact((transaction) => {
        Y.applyUpdate(copy, update);
        touch = boardTouch(copy, transaction, historyLengthBefore);
      });
      const verdict = this.judge(actorOf(token), copy, touch);
      if (verdict.refused.length > 0) this.dropCopy();
      return verdict;
    } catch (error) {
      this.dropCopy();
      throw error;
    }
  }

  /**
   * Runs the room's apply of the update `check` just accepted. The copy holds that update
   * already, so it does not follow this apply (Yjs would decode it once more for nothing);
   * it only checks that both documents reached the same state.
   */
  applyJudged(apply: () => void): void {
    this.applyingJudged = true;
    try {
      apply();
    } finally {
      this.applyingJudged = false;
    }
  }

  /** The room's doc may no longer match the copy (an apply that failed half-way): rebuild it on the next update. */
  reset(): void {
    this.dropCopy();
  }

  destroy(): void {
    this.dropCopy();
  }

  private judge(actor: Actor, copy: Y.Doc, touch: BoardTouch): BoardVerdict {
    // the guard reads only the layout's types: an update may not bring in others to hide data in
    const strangers = [...copy.share.keys()].filter((name) => !KNOWN_TYPES.has(name) && !this.doc.share.has(name));
    const verdict: BoardVerdict = { refused: strangers.map((name) => `${shown(name)}: not part of the board`), noted: [] };
    const changes: BoardChange[] = [];
    for (const map of RECORD_MAPS) {
      const ids = touch.records.get(map);
      if (ids) changes.push(...diffRecords(map, ids, (id) => readBoardRecord(this.doc, map, id), (id) => readBoardRecord(copy, map, id)));
    }
    const history = touch.history === "compare-all" ? diffHistory(readPlainHistory(this.doc), readPlainHistory(copy)) : touch.history.change;
    if (history) changes.push(history);
    const after: BoardAfter = { claims: { get: (id) => readBoardRecord(copy, "claims", id) } };
    for (const change of changes) judgeChange(verdict, actor, change, after);
    return verdict;
  }

  private makeCopy(): Y.Doc {
    const copy = new Y.Doc();
    // What the doc holds, and what it keeps aside for a dependency kept aside in the copy too:
    // encoded together, anything whose dependency has arrived since would integrate right
    // here, and be "old" to the check of the update that releases it in the doc.
    const store = this.doc.store;
    const { pendingStructs, pendingDs } = store;
    let state: Uint8Array;
    store.pendingStructs = null;
    store.pendingDs = null;
    try {
      state = Y.encodeStateAsUpdate(this.doc);
    } finally {
      store.pendingStructs = pendingStructs;
      store.pendingDs = pendingDs;
    }
    Y.applyUpdate(copy, state);
    copy.store.pendingStructs = pendingStructs && { missing: new Map(pendingStructs.missing), update: pendingStructs.update };
    copy.store.pendingDs = pendingDs;
    recordMaps(copy);
    historyArray(copy);
    this.doc.on("update", this.follow);
    this.copy = copy;
    return copy;
  }

  /** Every change the room's doc makes reaches the copy; an update the copy judged already is a no-op there. */
  private readonly follow = (update: Uint8Array): void => {
    const copy = this.copy;
    if (!copy) return;
    if (this.applyingJudged) {
      if (!sameState(copy, this.doc)) this.dropCopy();
      return;
    }
    const { pendingStructs, pendingDs } = copy.store;
    try {
      Y.applyUpdate(copy, update);
    } catch {
      // never disturb the room's own apply: rebuild the copy next time instead
      this.dropCopy();
      return;
    }
    // something parked was released (or parked) in the copy alone, or waits in one and not the other: rebuild it from the doc
    const store = copy.store;
    const docStore = this.doc.store;
    if (
      store.pendingStructs !== pendingStructs || store.pendingDs !== pendingDs
      || (store.pendingStructs === null) !== (docStore.pendingStructs === null) || (store.pendingDs === null) !== (docStore.pendingDs === null)
      || !sameState(copy, this.doc)
    ) this.dropCopy();
  };

  private dropCopy(): void {
    if (!this.copy) return;
    this.doc.off("update", this.follow);
    this.copy.destroy();
    this.copy = null;
  }
}

/**
 * After an accepted update (and when a board room loads, in case the relay
 * stopped between storing a claim and confirming it): every claim without a
 * verdict gets the relay's next seq, the single order that decides who handles
 * a family (rules/claims/resolve.ts). Claims in another agency's name never get
 * here: the guard above refused them.
 */
export function confirmClaims(doc: Y.Doc, now: Date): number {
  return confirmNewClaims(doc, now).length;
}

/**
 * Calls `changed` after every transaction that changed the claims map or removed or
 * replaced a confirmation: the only ways a claim can be left without a verdict. Confirming
 * reads every claim and confirmation (the biggest per-update cost on a large board), so
 * it runs only then. Only the relay writes confirmations (the guard refuses everyone
 * else), and it only adds them, so its own confirming never calls `changed`.
 */
export function onVerdictsMayBeMissing(doc: Y.Doc, changed: () => void): void {
  claimsMap(doc).observe(() => changed());
  confirmationsMap(doc).observe((event) => {
    for (const change of event.changes.keys.values()) {
      if (change.action !== "add") return changed();
    }
  });
}

/** Same state vector: every client's next clock equal in both docs. */
function sameState(a: Y.Doc, b: Y.Doc): boolean {
  if (a.store.clients.size !== b.store.clients.size) return false;
  for (const client of a.store.clients.keys()) {
    if (Y.getState(a.store, client) !== Y.getState(b.store, client)) return false;
  }
  return true;
}
