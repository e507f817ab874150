import { createSignal, onCleanup, type Accessor } from "solid-js";
import type * as Y from "yjs";
import type { ExportFormat, ExportRecord } from "@shared/model/index.ts";
import { appendExport, exportLog, readExportLog } from "@shared/crdt/roster/exportLog.ts";

export type { ExportFormat, ExportRecord };

/** The monthly report's export log (roster document): who exported which month, when and how. */
export interface ExportLogState {
  /** newest first */
  entries: Accessor<ExportRecord[]>;
  /** Records an export by this device's user; call it when the person asks for the file or the print. */
  record(month: string, format: ExportFormat): ExportRecord;
}

export function createExportLogState(doc: Y.Doc, who: { by: string; role: string }): ExportLogState {
  const [entries, setEntries] = createSignal(readExportLog(doc), { equals: false });
  const observer = () => setEntries(readExportLog(doc));
  const log = exportLog(doc);
  log.observe(observer);
  onCleanup(() => log.unobserve(observer));
  return {
    entries,
    record(month, format) {
      const record: ExportRecord = { at: new Date().toISOString(), by: who.by, role: who.role, month, format };
      appendExport(doc, record);
      return record;
    },
  };
}
