/// <reference lib="webworker" />
/**
 * The import wizard's worker: reading, checking (and later matching) a list
 * off the main thread. One session per worker; the wizard starts a worker per
 * import and ends it when the person leaves.
 */
import * as Comlink from "comlink";
import { ListSession } from "./listSession.ts";
import type { ImportWorkerApi } from "./protocol.ts";

const session = new ListSession();

const api: ImportWorkerApi = {
  open: (file, fileName, onProgress) => session.open(file, fileName, onProgress),
  setupSheet: async (sheetIndex, headerIndex) => session.setupSheet(sheetIndex, headerIndex),
  mappingFor: async (kind, saved) => session.mappingFor(kind, saved),
  read: async (request, onProgress) => session.read(request, onProgress),
  problems: async (offset, limit) => session.problems(offset, limit),
};

Comlink.expose(api);
