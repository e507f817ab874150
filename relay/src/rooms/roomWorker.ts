/**
 * A room engine in a worker thread (engines.ts WorkerEngine): its own connection to the
 * relay's store (the SQLite file, or a small pool to PostgreSQL), the rooms placed here (the
 * big ones), events in and out through the port.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PostgresStorage } from "../storage/postgres.ts";
import { SqliteStorage } from "../storage/sqlite.ts";
import type { RoomStore } from "../storage/types.ts";
import type { CompactionPolicy } from "./compactionPolicy.ts";
import type { InEvent, OutEvent } from "./engineProtocol.ts";
import type { WorkerStoreSpec } from "./engines.ts";
import { RoomEngine } from "./roomEngine.ts";

const { spec, compaction, name } = workerData as { spec: WorkerStoreSpec; compaction: CompactionPolicy; name: string };
const port = parentPort!;

/** Frames this big are handed over, not copied. */
const TRANSFER_BYTES = 64 * 1024;

/**
 * The engine over this worker's store. `closeBeforeDone`: a SQLite store folds its journal and closes
 * before the main thread hears "done" (which may end this thread); a PostgreSQL pool ends after.
 */
function engineOver(store: RoomStore & { close(): unknown }, options: { closeBeforeDone: boolean; maxPageCount?: (pages: number) => void }): RoomEngine {
  return new RoomEngine(
    store,
    compaction,
    (events: OutEvent[]) => {
      const transfer: ArrayBuffer[] = [];
      for (const event of events) {
        if (event.t !== "send" || event.frame.byteLength < TRANSFER_BYTES) continue;
        const buffer = event.frame.buffer;
        // only a frame that owns its whole buffer, once
        if (buffer instanceof ArrayBuffer && event.frame.byteOffset === 0 && event.frame.byteLength === buffer.byteLength && !transfer.includes(buffer)) transfer.push(buffer);
      }
      const done = events.some((e) => e.t === "shutdown-done");
      if (done && options.closeBeforeDone) store.close();
      port.postMessage(events, transfer);
      if (done && !options.closeBeforeDone) void store.close();
    },
    { maxPageCount: options.maxPageCount },
  );
}

if (spec.kind === "sqlite") {
  const store = new SqliteStorage(spec.file, spec.options);
  // this engine's own journal file; the main thread replays it if this thread dies
  if (spec.journal) store.useJournal(name, (error) => port.postMessage([{ t: "log", level: "error", event: "storage.fold_failed", fields: { worker: name, error: String((error as Error)?.message ?? error) } }] satisfies OutEvent[]));
  const engine = engineOver(store, { closeBeforeDone: true, maxPageCount: (pages) => store.setMaxPageCount(pages) });
  port.on("message", (events: InEvent[]) => engine.receive(events));
} else {
  // PostgreSQL opens asynchronously: what arrives meanwhile waits, in order
  const held: InEvent[][] = [];
  let engine: RoomEngine | null = null;
  port.on("message", (events: InEvent[]) => {
    if (engine) engine.receive(events);
    else held.push(events);
  });
  PostgresStorage.open(spec.url, spec.options).then(
    (store) => {
      engine = engineOver(store, { closeBeforeDone: false });
      for (const events of held.splice(0)) engine.receive(events);
    },
    (error: unknown) => {
      // thrown out of the worker: the main thread logs relay.worker_failed with it and closes the
      // sockets of the rooms placed here (their clients retry, and the rooms load again)
      setImmediate(() => {
        throw error;
      });
    },
  );
}
