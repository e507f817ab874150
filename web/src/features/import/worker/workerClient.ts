/**
 * Starts the import worker and wraps it with comlink. Progress callbacks go
 * through Comlink.proxy; the File is passed as is (structured clone of a File
 * is a handle, not a copy of its bytes).
 */
import * as Comlink from "comlink";
import type { ImportWorkerApi } from "./protocol.ts";

export interface ImportWorker {
  api: Comlink.Remote<ImportWorkerApi>;
  /** a callback the worker may call (progress) */
  progress<A>(listener: (arg: A) => void): (arg: A) => void;
  stop(): void;
}

export function startImportWorker(): ImportWorker {
  const worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module", name: "rembuk-impor" });
  const api = Comlink.wrap<ImportWorkerApi>(worker);
  return {
    api,
    progress: (listener) => Comlink.proxy(listener),
    stop: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
