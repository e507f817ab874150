/**
 * A room engine in a worker thread (engines.ts WorkerEngine): its own connection to the
 * SQLite file, the rooms placed here (the big ones), events in and out through the port.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SqliteStorage } from "../storage/sqlite.ts";
import type { CompactionPolicy } from "./compactionPolicy.ts";
import type { InEvent, OutEvent } from "./engineProtocol.ts";
import type { WorkerStoreSpec } from "./engines.ts";
import { RoomEngine } from "./roomEngine.ts";

const { spec, compaction, name } = workerData as { spec: WorkerStoreSpec; compaction: CompactionPolicy; name: string };
const port = parentPort!;
const store = new SqliteStorage(spec.file, spec.options);
// this engine's own journal file; the main thread replays it if this thread dies
if (spec.journal) store.useJournal(name, (error) => port.postMessage([{ t: "log", level: "error", event: "storage.fold_failed", fields: { worker: name, error: String((error as Error)?.message ?? error) } }] satisfies OutEvent[]));

/** Frames this big are handed over, not copied. */
const TRANSFER_BYTES = 64 * 1024;

const engine = new RoomEngine(
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
    // the journal is folded and gone before the main thread hears "done" (and may end this thread)
    if (events.some((e) => e.t === "shutdown-done")) store.close();
    port.postMessage(events, transfer);
  },
  { maxPageCount: (pages) => store.setMaxPageCount(pages) },
);

port.on("message", (events: InEvent[]) => engine.receive(events));
