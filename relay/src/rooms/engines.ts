import { Worker } from "node:worker_threads";
import type { RoomStore } from "../storage/types.ts";
import type { PostgresStorageOptions } from "../storage/postgres.ts";
import type { SqliteStorageOptions } from "../storage/sqlite.ts";
import type { CompactionPolicy } from "./compactionPolicy.ts";
import type { InEvent, OutEvent } from "./engineProtocol.ts";
import { RoomEngine } from "./roomEngine.ts";

/**
 * Where the main thread's registry (rooms.ts) sends a room's events: a room engine on the
 * main thread, or one in a worker thread. Both answer with the same events.
 */
export interface EngineHandle {
  readonly name: string;
  readonly inWorker: boolean;
  post(event: InEvent): void;
  /**
   * Resolves once what this engine committed so far is in the database as another connection
   * reads it (the audit trail): a worker's journal folded. The main thread's engine shares the
   * readers' connection, whose reads fold first: at once.
   */
  settled(): Promise<void>;
  /** Compacts what is worth it, forgets every room, stops. */
  shutdown(): Promise<void>;
}

/** A worker that does not answer a flush within this long is not waited for (the reader reads what is there). */
const SETTLE_TIMEOUT_MS = 2000;

type OnOutput = (engine: EngineHandle, events: OutEvent[]) => void;

/**
 * The room worker's thread. Built (`npm run build`: dist-relay/, what `npm start` runs), this module
 * sits in dist-relay/main.mjs beside roomWorker.mjs, plain JavaScript. Run from its TypeScript (the
 * tests, the CLI), the worker registers tsx before loading roomWorker.ts, as its parent did.
 */
function startRoomWorker(options: { workerData: unknown; name: string }): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./roomWorker.mjs", here), { ...options, execArgv: [] });
  const entry = new URL("./roomWorker.ts", here).href;
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); }).catch((error) => { console.error(error); process.exit(1); });`;
  return new Worker(boot, { ...options, eval: true, execArgv: [] });
}

/** The engine of small rooms, on the main thread: no copy, no hop. */
export class LocalEngine implements EngineHandle {
  readonly name = "main";
  readonly inWorker = false;
  private readonly engine: RoomEngine;
  private shutdownDone: (() => void) | null = null;

  constructor(store: RoomStore, compaction: CompactionPolicy, onOutput: OnOutput, maxPageCount?: (pages: number) => void) {
    this.engine = new RoomEngine(
      store,
      compaction,
      (events) => {
        onOutput(this, events);
        if (events.some((e) => e.t === "shutdown-done")) this.shutdownDone?.();
      },
      { maxPageCount },
    );
  }

  post(event: InEvent): void {
    this.engine.receive([event]);
  }

  settled(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return new Promise((resolve) => {
      this.shutdownDone = resolve;
      this.engine.receive([{ t: "shutdown" }]);
    });
  }
}

/**
 * How a room worker opens the relay's store: its own connection to the SQLite file (committing through an
 * update journal of its own, storage/updateJournal.ts, when `journal`), or its own small pool to PostgreSQL.
 */
export type WorkerStoreSpec =
  | { kind: "sqlite"; file: string; options: SqliteStorageOptions; journal: boolean }
  | { kind: "postgres"; url: string; options: PostgresStorageOptions };

/**
 * An engine in a worker thread (roomWorker.ts), for big rooms: loading a 20,000-household
 * roster, compacting it or applying an import-sized update there does not stop the main
 * thread's event loop, so the other villages' messages go on (issue 17 item 3). Events are
 * posted in batches, one message per turn of the event loop.
 */
export class WorkerEngine implements EngineHandle {
  readonly inWorker = true;
  private readonly worker: Worker;
  private batch: InEvent[] = [];
  private scheduled = false;
  private shutdownDone: (() => void) | null = null;
  private exited = false;
  private stopping = false;
  private readonly flushes = new Map<number, () => void>();
  private nextFlush = 1;

  constructor(
    readonly name: string,
    spec: WorkerStoreSpec,
    compaction: CompactionPolicy,
    onOutput: OnOutput,
    onExit: (engine: WorkerEngine, error: unknown) => void,
    /** the thread is gone, however it ended (its journal, if any, is the main thread's to replay) */
    onGone: (engine: WorkerEngine) => void = () => {},
  ) {
    this.worker = startRoomWorker({ workerData: { spec, compaction, name }, name });
    this.worker.on("message", (events: OutEvent[]) => {
      for (const event of events) if (event.t === "flushed") this.flushes.get(event.id)?.();
      onOutput(this, events);
      if (events.some((e) => e.t === "shutdown-done")) this.shutdownDone?.();
    });
    this.worker.on("error", (error) => {
      // an uncaught error ends the thread: nothing more is written to its journal
      onGone(this);
      onExit(this, error);
    });
    this.worker.on("exit", (code) => {
      this.exited = true;
      for (const done of [...this.flushes.values()]) done();
      onGone(this);
      this.shutdownDone?.();
      if (!this.stopping) onExit(this, new Error(`room worker ${name} exited (${code})`));
    });
  }

  post(event: InEvent): void {
    // A frame from ws is often a view into the socket's whole read buffer, which a post would
    // copy entirely: send the frame's own bytes.
    this.batch.push(event.t === "frame" ? { t: "frame", conn: event.conn, data: new Uint8Array(event.data) } : event);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.batch;
      this.batch = [];
      if (!this.exited) this.worker.postMessage(batch);
    });
  }

  settled(): Promise<void> {
    if (this.exited) return Promise.resolve();
    const id = this.nextFlush++;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), SETTLE_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        this.flushes.delete(id);
        resolve();
      };
      this.flushes.set(id, done);
      this.post({ t: "flush", id });
    });
  }

  async shutdown(): Promise<void> {
    this.stopping = true;
    if (!this.exited) {
      await new Promise<void>((resolve) => {
        this.shutdownDone = resolve;
        this.post({ t: "shutdown" });
        setTimeout(resolve, 15_000).unref();
      });
    }
    await this.worker.terminate();
  }
}
