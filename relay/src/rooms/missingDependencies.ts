import { S_CLOCK, S_KIND, S_LENGTH, S_ORIGIN, S_PARENT, S_RIGHT, STRUCT_FIELDS, STRUCT_ITEM, STRUCT_SKIP, ScanRefusal, scanUpdate, type UpdateScan } from "./updateScan.ts";

/**
 * Would applying `update` to a document leave anything "pending" in Yjs?
 *
 * Yjs keeps the parts of an update whose dependencies it has not seen in
 * `doc.store.pendingStructs` / `pendingDs` and applies them, unannounced, when a
 * later update (anyone's) brings what they wait for. On the relay that is a way
 * around every check made when bytes arrive: a change parked today is judged
 * against nothing and released tomorrow under someone else's update. So the relay
 * refuses such an update before it is judged, stored or applied (PROTOCOL.md,
 * "Updates with missing dependencies"). An honest client never needs it: it sends
 * its diff against the relay's state, and what that diff builds on is either in the
 * relay's document or in the same update.
 *
 * This is Yjs's own integration order (integrateStructs and readAndApplyDeleteSet
 * in yjs/src/utils/encoding.js and DeleteSet.js, 13.6) run on clocks alone: the
 * document is only asked for its state of a client (`stateOf`), nothing is applied.
 * Something waits when
 * - a client's structs start above what the document (and the update so far) holds
 *   for that client: a gap, also the one a Skip struct leaves inside the update;
 * - an item's origin, right origin or parent is another client's id that neither the
 *   document nor the update (in an order Yjs can integrate) holds;
 * - a delete range reaches past what the document and the update hold together.
 * Two layouts no Yjs encoder writes are reported as malformed: a client's structs in
 * two blocks (Yjs keeps only the last block, so the check could not speak for what is
 * applied) and an item referring to a later clock of its own client (Yjs throws there).
 *
 * Cost: a walk over the scan of the update (updateScan.ts: the relay's one decode of it)
 * and its delete ranges; nothing proportional to the document. Given bytes instead of a
 * scan, it scans them first and throws on bytes Yjs cannot decode.
 */
export type UpdateDependencyProblem =
  | {
      kind: "missing";
      reason: "gap" | "skip" | "origin" | "right-origin" | "parent" | "delete-set";
      /** the first id the update needs that neither the document nor the update holds */
      client: number;
      clock: number;
    }
  | { kind: "malformed"; reason: "client-blocks" | "own-future-reference" | "delete-set-order" };

interface ClientRefs {
  /** next struct to take (index into the block) */
  i: number;
  /** index of the block's first struct record */
  first: number;
  count: number;
}

export function findMissingDependency(update: Uint8Array | UpdateScan, stateOf: (client: number) => number): UpdateDependencyProblem | null {
  let scan: UpdateScan;
  if (update instanceof Uint8Array) {
    try {
      scan = scanUpdate(update);
    } catch (error) {
      if (error instanceof ScanRefusal) return { kind: "malformed", reason: error.reason };
      throw error;
    }
  } else scan = update;
  const s = scan.structs;
  const byClient = new Map<number, ClientRefs>();
  for (const block of scan.blocks) byClient.set(block.client, { i: 0, first: block.first, count: block.count });

  // the document's state per client, advanced as structs would integrate
  const state = new Map<number, number>();
  const stateAt = (client: number): number => {
    let clock = state.get(client);
    if (clock === undefined) state.set(client, (clock = stateOf(client)));
    return clock;
  };

  // Yjs's order: clients by descending id; a struct that needs another client's struct
  // waits on a stack while that client's next struct is taken.
  const clients = [...byClient.keys()].sort((a, b) => a - b);
  const nextTarget = (): [number, ClientRefs] | null => {
    while (clients.length > 0) {
      const client = clients[clients.length - 1]!;
      const target = byClient.get(client)!;
      if (target.i < target.count) return [client, target];
      clients.pop();
    }
    return null;
  };
  /** a struct: its client and the offset of its record */
  type Ref = [client: number, at: number];
  const take = (client: number, refs: ClientRefs): Ref => [client, (refs.first + refs.i++) * STRUCT_FIELDS];
  const stack: Ref[] = [];
  let target = nextTarget();
  let head: Ref | undefined = target ? take(target[0], target[1]) : undefined;
  while (head !== undefined) {
    const [client, at] = head;
    if (s[at + S_KIND] !== STRUCT_SKIP) {
      const local = stateAt(client);
      const clock = s[at + S_CLOCK]!;
      if (local < clock) {
        // structs of this client are missing before this one
        const own = byClient.get(client)!;
        const previous = own.i >= 2 ? s[(own.first + own.i - 2) * STRUCT_FIELDS + S_KIND] : undefined;
        return { kind: "missing", reason: previous === STRUCT_SKIP ? "skip" : "gap", client, clock: local };
      }
      const needed = s[at + S_KIND] === STRUCT_ITEM ? neededId(s, at, client, stateAt) : null;
      if (needed !== null) {
        if (needed.kind === "malformed") return needed;
        const refs = byClient.get(needed.client);
        if (refs === undefined || refs.i === refs.count) return needed;
        stack.push(head);
        head = take(needed.client, refs);
        continue;
      }
      const length = s[at + S_LENGTH]!;
      const offset = local - clock;
      if (offset === 0 || offset < length) state.set(client, clock + length);
    }
    if (stack.length > 0) head = stack.pop();
    else if (target !== null && target[1].i < target[1].count) head = take(target[0], target[1]);
    else {
      target = nextTarget();
      head = target ? take(target[0], target[1]) : undefined;
    }
  }

  // the delete set is applied after the structs; a range past a client's state waits
  for (const [client, ranges] of scan.deletes) {
    const have = stateAt(client);
    for (let r = 0; r < ranges.length; r += 2) {
      const clock = ranges[r]!;
      const len = ranges[r + 1]!;
      if (clock >= have || clock + len > have) return { kind: "missing", reason: "delete-set", client, clock: Math.max(clock, have) };
    }
  }
  return null;
}

const REFERENCES: Array<[offset: number, reason: "origin" | "right-origin" | "parent"]> = [
  [S_ORIGIN, "origin"],
  [S_RIGHT, "right-origin"],
  [S_PARENT, "parent"],
];

/** Item.getMissing (yjs/src/structs/Item.js) on clocks: the first reference the state does not hold yet. */
function neededId(s: number[], at: number, own: number, stateAt: (client: number) => number): UpdateDependencyProblem | null {
  for (const [offset, reason] of REFERENCES) {
    const client = s[at + offset]!;
    if (client === -1) continue;
    const clock = s[at + offset + 1]!;
    if (clock < stateAt(client)) continue;
    // Yjs does not wait for its own client's earlier structs (they come first); a reference
    // to a later one of its own is a lookup that throws, not a wait
    if (client === own) return { kind: "malformed", reason: "own-future-reference" };
    return { kind: "missing", reason, client, clock };
  }
  return null;
}
