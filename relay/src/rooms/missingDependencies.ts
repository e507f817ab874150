import * as Y from "yjs";
import * as decoding from "lib0/decoding";

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
 * Cost: one decode of the update (the relay decoded every update before anyway) and
 * a walk over its structs and delete ranges; nothing proportional to the document.
 * Throws on bytes Yjs cannot decode.
 */
export type UpdateDependencyProblem =
  | {
      kind: "missing";
      reason: "gap" | "skip" | "origin" | "right-origin" | "parent" | "delete-set";
      /** the first id the update needs that neither the document nor the update holds */
      client: number;
      clock: number;
    }
  | { kind: "malformed"; reason: "client-blocks" | "own-future-reference" };

type Struct = Y.Item | Y.GC | Y.Skip;

interface ClientRefs {
  i: number;
  refs: Struct[];
}

export function findMissingDependency(update: Uint8Array, stateOf: (client: number) => number): UpdateDependencyProblem | null {
  const { structs, ds } = Y.decodeUpdate(update);
  // A V1 update starts with its number of client blocks. Yjs reads a client's block into
  // one slot (a second block of the same client replaces the first, an empty one empties
  // it): one run of structs per block, one block per client, or the walk below would not
  // be the one Yjs makes.
  const blocks = decoding.readVarUint(decoding.createDecoder(update));
  const byClient = new Map<number, ClientRefs>();
  let current: ClientRefs | null = null;
  let currentClient = -1;
  for (const struct of structs as Struct[]) {
    const client = struct.id.client;
    if (current === null || client !== currentClient) {
      if (byClient.has(client)) return { kind: "malformed", reason: "client-blocks" };
      current = { i: 0, refs: [] };
      currentClient = client;
      byClient.set(client, current);
    }
    current.refs.push(struct);
  }
  if (byClient.size !== blocks) return { kind: "malformed", reason: "client-blocks" };

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
  const nextTarget = (): ClientRefs | null => {
    while (clients.length > 0) {
      const target = byClient.get(clients[clients.length - 1]!)!;
      if (target.i < target.refs.length) return target;
      clients.pop();
    }
    return null;
  };
  const stack: Struct[] = [];
  let target = nextTarget();
  let head: Struct | undefined = target ? target.refs[target.i++] : undefined;
  while (head !== undefined) {
    if (!(head instanceof Y.Skip)) {
      const client = head.id.client;
      const local = stateAt(client);
      if (local < head.id.clock) {
        // structs of this client are missing before this one
        const own = byClient.get(client)!;
        const previous = own.refs[own.i - 2];
        return { kind: "missing", reason: previous instanceof Y.Skip ? "skip" : "gap", client, clock: local };
      }
      const needed = head instanceof Y.Item ? neededId(head, stateAt) : null;
      if (needed !== null) {
        if (needed.kind === "malformed") return needed;
        const refs = byClient.get(needed.client);
        if (refs === undefined || refs.i === refs.refs.length) return needed;
        stack.push(head);
        head = refs.refs[refs.i++];
        continue;
      }
      const offset = local - head.id.clock;
      if (offset === 0 || offset < head.length) state.set(client, head.id.clock + head.length);
    }
    if (stack.length > 0) head = stack.pop();
    else if (target !== null && target.i < target.refs.length) head = target.refs[target.i++];
    else {
      target = nextTarget();
      head = target ? target.refs[target.i++] : undefined;
    }
  }

  // the delete set is applied after the structs; a range past a client's state waits
  for (const [client, ranges] of ds.clients) {
    const have = stateAt(client);
    for (const { clock, len } of ranges) {
      if (clock >= have || clock + len > have) return { kind: "missing", reason: "delete-set", client, clock: Math.max(clock, have) };
    }
  }
  return null;
}

/** Item.getMissing (yjs/src/structs/Item.js) on clocks: the first reference the state does not hold yet. */
function neededId(item: Y.Item, stateAt: (client: number) => number): UpdateDependencyProblem | null {
  const refs: Array<[Y.ID | null, "origin" | "right-origin" | "parent"]> = [
    [item.origin, "origin"],
    [item.rightOrigin, "right-origin"],
    [item.parent instanceof Y.ID ? item.parent : null, "parent"],
  ];
  for (const [id, reason] of refs) {
    if (id === null || id.clock < stateAt(id.client)) continue;
    // Yjs does not wait for its own client's earlier structs (they come first); a reference
    // to a later one of its own is a lookup that throws, not a wait
    if (id.client === item.id.client) return { kind: "malformed", reason: "own-future-reference" };
    return { kind: "missing", reason, client: id.client, clock: id.clock };
  }
  return null;
}
