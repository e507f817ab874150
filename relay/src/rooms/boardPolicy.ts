import * as Y from "yjs";
import { BOARD_TYPES, confirmNewClaims, snapshotBoard } from "@shared/crdt/index.ts";
import { actingAs, boardChangeAllowed, diffBoard, type Actor } from "@shared/rules/index.ts";
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
 * and, for an OPD liaison, anything done in another agency's name. A status move that looks out of order (two phones moved the
 * same card while apart) is an honest race: it passes and is only reported.
 */
const LEDGER = new Set(["claims", "confirmations", "withdrawals", "reassignments", "history", "comments"]);
const KNOWN_TYPES = new Set<string>(BOARD_TYPES);

export interface BoardVerdict {
  /** reasons that refuse the update */
  refused: string[];
  /** reasons worth a log line that do not refuse it */
  noted: string[];
}

export function checkBoardUpdate(doc: Y.Doc, update: Uint8Array, token: TokenPayload): BoardVerdict {
  const actor: Actor = actingAs(token.role, token.opd);
  const before = snapshotBoard(doc);
  // A scratch copy: the room's doc must not see the update until it is accepted.
  const probe = new Y.Doc({ gc: false });
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(probe, update);
  const after = snapshotBoard(probe);
  // the guard reads only the layout's types: an update may not bring in others to hide data in
  const strangers = [...probe.share.keys()].filter((name) => !KNOWN_TYPES.has(name) && !doc.share.has(name));
  probe.destroy();
  const verdict: BoardVerdict = { refused: strangers.map((name) => `${name}: not part of the board`), noted: [] };
  for (const change of diffBoard(before, after)) {
    const result = boardChangeAllowed(actor, change, after);
    if (result.ok) continue;
    const line = `${change.map}${"id" in change ? `/${change.id}` : ""}: ${result.reason}`;
    const refuses = LEDGER.has(change.map) || actor.role === "opd" || actor.role === "viewer";
    const honestRace = change.map === "interventions" && result.reason.startsWith("status ") && actor.role !== "viewer";
    (refuses && !honestRace ? verdict.refused : verdict.noted).push(line);
  }
  return verdict;
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
