import type { OutEvent } from "./engineProtocol.ts";

/**
 * The connections that two sends or more of one engine batch go to (null: none). Those sockets
 * are corked while the batch goes out, so their frames leave in one write (a busy room: each
 * client gets the others' updates and its echoes); a socket that gets one frame is written at
 * once (a cork would only add a buffered write: a district's fan-out, one update per room).
 */
export function socketsWithSeveralFrames(events: readonly OutEvent[]): Set<number> | null {
  let once: Set<number> | null = null;
  let several: Set<number> | null = null;
  for (const event of events) {
    if (event.t !== "send") continue;
    for (const id of event.to) {
      once ??= new Set();
      if (!once.has(id)) once.add(id);
      else (several ??= new Set()).add(id);
    }
  }
  return several;
}
