import * as Y from "yjs";
import {
  isBoardId, parseClaim, parseConfirmation, parseHistoryEvent, parseReassignment, parseWithdrawal,
  type Claim, type Confirmation, type HistoryEvent, type Reassignment, type Withdrawal,
} from "../../model/claim.ts";
import { parseNeed, type Need } from "../../model/need.ts";
import type { BoardSnapshot } from "../../rules/claims/guard.ts";
import { claimsMap, confirmationsMap, historyArray, needsMap, reassignmentsMap, recordMaps, toPlain, withdrawalsMap } from "./layout.ts";

/**
 * Readers of the claims part of the board. Untrusted peers can write anything:
 * an entry that does not validate, or whose key is not a plain board id (such as
 * "__proto__"), is skipped, never repaired. Lists come sorted by id so every device
 * shows the same order; the history keeps its array order, which Yjs makes the same.
 */
function readRecords<T>(map: Y.Map<unknown>, parse: (id: string, raw: unknown) => T | null, records: "ymap" | "plain"): T[] {
  const out: Array<{ id: string; value: T }> = [];
  map.forEach((raw, id) => {
    if (!isBoardId(id)) return;
    // records are Y.Maps (claims, needs) or immutable plain objects (relay verdicts and the like): not both
    if ((records === "ymap") !== raw instanceof Y.Map) return;
    const value = parse(id, toPlain(raw));
    if (value !== null) out.push({ id, value });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => e.value);
}

function readById<T>(map: Y.Map<unknown>, parse: (raw: unknown) => T | null): Map<string, T> {
  return new Map(readRecords(map, (id, raw) => {
    const value = parse(raw);
    return value === null ? null : ([id, value] as const);
  }, "plain"));
}

export function readNeeds(doc: Y.Doc): Need[] {
  return readRecords(needsMap(doc), parseNeed, "ymap");
}

export function readClaims(doc: Y.Doc): Claim[] {
  return readRecords(claimsMap(doc), parseClaim, "ymap");
}

export function readConfirmations(doc: Y.Doc): Map<string, Confirmation> {
  return readById(confirmationsMap(doc), parseConfirmation);
}

export function readWithdrawals(doc: Y.Doc): Map<string, Withdrawal> {
  return readById(withdrawalsMap(doc), parseWithdrawal);
}

export function readReassignments(doc: Y.Doc): Reassignment[] {
  return readRecords(reassignmentsMap(doc), parseReassignment, "plain");
}

export function readHistory(doc: Y.Doc): HistoryEvent[] {
  const out: HistoryEvent[] = [];
  for (const raw of historyArray(doc).toArray()) {
    const event = parseHistoryEvent(raw);
    if (event) out.push(event);
  }
  return out;
}

/** The raw board as plain data, every key included, for the relay's guard (rules/claims/guard.ts). */
export function snapshotBoard(doc: Y.Doc): BoardSnapshot {
  const plain = (map: Y.Map<unknown>): Map<string, unknown> => {
    const out = new Map<string, unknown>();
    map.forEach((v, k) => out.set(k, toPlain(v)));
    return out;
  };
  const maps = recordMaps(doc);
  return {
    interventions: plain(maps.interventions),
    needs: plain(maps.needs),
    claims: plain(maps.claims),
    confirmations: plain(maps.confirmations),
    withdrawals: plain(maps.withdrawals),
    reassignments: plain(maps.reassignments),
    comments: plain(maps.comments),
    history: historyArray(doc).toArray().map(toPlain),
  };
}
