import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * The Yjs ids one stored update inserted and deleted, as runs of [client, clock, length]:
 * what the audit keeps beside who sent it, so that after compaction (which merges the updates
 * into a snapshot) an item of the document can still be traced to the update, the person
 * and the time that made it or deleted it. Encoded as two lists of varuint triples.
 */
export type IdRuns = Array<[client: number, clock: number, length: number]>;

export function encodeAuditIds(inserted: IdRuns, deleted: IdRuns): Uint8Array {
  const e = encoding.createEncoder();
  for (const runs of [inserted, deleted]) {
    encoding.writeVarUint(e, runs.length);
    for (const [client, clock, length] of runs) {
      encoding.writeVarUint(e, client);
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, length);
    }
  }
  return encoding.toUint8Array(e);
}

export function decodeAuditIds(bytes: Uint8Array | null): { inserted: IdRuns; deleted: IdRuns } {
  if (bytes === null || bytes.length === 0) return { inserted: [], deleted: [] };
  const d = decoding.createDecoder(bytes);
  const read = (): IdRuns => {
    const n = decoding.readVarUint(d);
    const runs: IdRuns = [];
    for (let i = 0; i < n; i++) runs.push([decoding.readVarUint(d), decoding.readVarUint(d), decoding.readVarUint(d)]);
    return runs;
  };
  const inserted = read();
  return { inserted, deleted: read() };
}
