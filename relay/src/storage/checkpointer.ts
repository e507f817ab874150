import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * WAL checkpoints off the relay's main thread. A checkpoint copies the WAL's pages into the
 * database file and, under synchronous=NORMAL, fsyncs both, inside the commit that passes 1,000
 * WAL pages (SQLite's autocheckpoint): one fold's commit took 165 ms in a fan-out run on the
 * loaded shared machine (load 15), and the main thread's villages wait for whatever it takes. The main connection turns that off
 * (wal_autocheckpoint = 0) and asks this thread instead: plain JavaScript with its own
 * connection (no TypeScript loader: about 5 MiB of RSS, measured; started the first time a
 * checkpoint is due).
 */
const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
parentPort.on("message", (message) => {
  if (message === "close") {
    db.close();
    process.exit(0);
  }
  const started = Date.now();
  try {
    const [result] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ ok: true, ...result, ms: Date.now() - started });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String((error && error.code) || error) });
  }
});
`;

export interface CheckpointResult {
  ok: boolean;
  busy?: number;
  log?: number;
  checkpointed?: number;
  ms?: number;
  error?: string;
}

export class Checkpointer {
  private worker: Worker | null = null;
  private running = false;
  /** checkpoints done (tests, operations) */
  done = 0;

  constructor(
    private readonly file: string,
    private readonly onResult: (result: CheckpointResult) => void = () => {},
  ) {}

  /** Asks for a checkpoint (PASSIVE); one at a time: a request while one runs is dropped. */
  request(): void {
    if (this.running) return;
    this.running = true;
    this.worker ??= this.start();
    this.worker.postMessage("checkpoint");
  }

  private start(): Worker {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    const worker = new Worker(SOURCE, { eval: true, workerData: { file: this.file, driver }, name: "checkpoint" });
    worker.on("message", (result: CheckpointResult) => {
      this.running = false;
      this.done++;
      this.onResult(result);
    });
    worker.on("error", (error) => {
      this.running = false;
      this.worker = null;
      this.onResult({ ok: false, error: error.message });
    });
    worker.on("exit", () => {
      this.running = false;
      if (this.worker === worker) this.worker = null;
    });
    worker.unref();
    return worker;
  }

  close(): void {
    const worker = this.worker;
    this.worker = null;
    worker?.postMessage("close");
  }
}
