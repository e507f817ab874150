/// <reference lib="webworker" />
/**
 * The import wizard's worker: reading, checking (and later matching) a list
 * off the main thread. One session per worker; the wizard starts a worker per
 * import and ends it when the person leaves.
 */
import * as Comlink from "comlink";
import type { MatchProgress } from "@shared/rules/matching/index.ts";
import { ListSession } from "./listSession.ts";
import { MatchSession } from "./matchSession.ts";
import type { ImportWorkerApi } from "./protocol.ts";

const session = new ListSession();
const matching = new MatchSession();

const api: ImportWorkerApi = {
  open: (file, fileName, onProgress) => session.open(file, fileName, onProgress),
  setupSheet: async (sheetIndex, headerIndex) => session.setupSheet(sheetIndex, headerIndex),
  mappingFor: async (kind, saved) => session.mappingFor(kind, saved),
  read: async (request, onProgress) => session.read(request, onProgress),
  problems: async (offset, limit) => session.problems(offset, limit),
  addRoster: async (records, first) => matching.addRoster(records, first),
  match: async (today, onProgress) => {
    const list = session.list();
    if (!list || list.summary.blocking) throw new Error("no list to match");
    return matching.match(list, today, onProgress && throttled(onProgress));
  },
  changes: async (section, offset, limit) => matching.changes(section, offset, limit),
  writePage: async (index) => matching.writePage(index),
};

/** The matcher reports often; the bar needs a message per percent or phase, not more. */
function throttled(listener: (p: MatchProgress) => void): (p: MatchProgress) => void {
  let last: MatchProgress | null = null;
  return (p) => {
    const step = (x: MatchProgress) => Math.floor((x.total === 0 ? 1 : x.done / x.total) * 100);
    if (last && last.phase === p.phase && step(last) === step(p)) return;
    last = p;
    listener(p);
  };
}

Comlink.expose(api);
