import * as prng from "lib0/prng";
import type * as Y from "yjs";
import type { Client } from "./clients.ts";

/**
 * One trial of the kill -9 tests: devices write numbered entries ("ani-7") on their own seeded rhythm,
 * so the kill that follows lands among writes in flight. `written` counts each device's entries.
 */
export async function writeInFlight(trial: number, clients: readonly Client[], names: readonly string[], written: Map<string, number>, entries: (client: Client) => Y.Map<number>): Promise<void> {
  const rand = prng.create(trial * 7919);
  const writesBeforeKill = prng.int32(rand, 5, 40);
  for (let i = 0; i < writesBeforeKill; i++) {
    const at = prng.int32(rand, 0, names.length - 1);
    const name = names[at]!;
    const n = written.get(name)! + 1;
    written.set(name, n);
    entries(clients[at]!).set(`${name}-${n}`, n);
    if (prng.bool(rand)) await new Promise((resolve) => setTimeout(resolve, prng.int32(rand, 0, 15)));
  }
}
