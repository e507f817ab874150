import * as Y from "yjs";
import { BOARD_TYPES, snapshotBoard } from "@shared/crdt/index.ts";
import { diffBoard, shown, type Actor } from "@shared/rules/index.ts";
import type { TokenPayload } from "@shared/model/index.ts";
import { actorOf, judgeChange, type BoardVerdict } from "../../relay/src/rooms/boardPolicy.ts";

/**
 * The relay's board guard as it was before it became incremental (relay/src/rooms/boardPolicy.ts
 * up to the commit that replaced it), kept word for word as an oracle: the whole board is
 * re-encoded into a scratch doc, the update applied there, both boards snapshotted and
 * diffed. O(board) per update, so only tests and the benchmark run it. The incremental
 * guard must give the same verdict, the same lines in the same order, for every update.
 * (Since then, the line format changed with it: sender-chosen ids and type names are shortened
 * by `shown`, so one update cannot write a megabyte log line; and the verdict per change is the
 * relay's own `judgeChange`, so what the equivalence test compares is what each guard sees changed.)
 */
const KNOWN_TYPES = new Set<string>(BOARD_TYPES);

export function checkBoardUpdateFullSnapshot(doc: Y.Doc, update: Uint8Array, token: TokenPayload): BoardVerdict {
  const actor: Actor = actorOf(token);
  const before = snapshotBoard(doc);
  // A scratch copy: the room's doc must not see the update until it is accepted.
  const probe = new Y.Doc({ gc: false });
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(probe, update);
  const after = snapshotBoard(probe);
  // the guard reads only the layout's types: an update may not bring in others to hide data in
  const strangers = [...probe.share.keys()].filter((name) => !KNOWN_TYPES.has(name) && !doc.share.has(name));
  probe.destroy();
  const verdict: BoardVerdict = { refused: strangers.map((name) => `${shown(name)}: not part of the board`), noted: [] };
  for (const change of diffBoard(before, after)) judgeChange(verdict, actor, change, after);
  return verdict;
}
