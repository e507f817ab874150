import type { SentReport } from "@shared/model/index.ts";
import type { Session } from "./sessions.ts";

/**
 * "Kirim laporan" from a phone (issue 16): the report waits on the device and goes up when the phone is online,
 * and the lurah sees whether the relay received it. Kept in localStorage per workspace (numbers only: a report
 * holds no name), sent with its own id as `Idempotency-Key`, so a send whose answer was lost and is sent again
 * stays one version at the relay (relay/PROTOCOL.md 3b).
 */
export interface OutboxEntry {
  sendId: string;
  month: string;
  report: SentReport;
  /** epoch ms */
  queuedAt: number;
  state: "waiting" | "received" | "refused";
  receipt?: { version: number; receivedAt: string; kodeWilayah: string; villageName: string };
  /** the relay's words: why it refused, or why the report still waits (not registered) */
  message?: string;
}

const key = (ws: string) => `rembuk:laporan:${ws}`;
const listeners = new Set<(ws: string) => void>();

export function outboxEntries(ws: string): OutboxEntry[] {
  try {
    const raw = JSON.parse(localStorage.getItem(key(ws)) ?? "[]") as unknown;
    return Array.isArray(raw) ? (raw as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

function save(ws: string, entries: OutboxEntry[]): void {
  localStorage.setItem(key(ws), JSON.stringify(entries));
  for (const listener of listeners) listener(ws);
}

function update(ws: string, sendId: string, change: Partial<OutboxEntry>): void {
  save(ws, outboxEntries(ws).map((e) => (e.sendId === sendId ? { ...e, ...change } : e)));
}

/** Calls `listener(ws)` when an outbox changes in this tab, or in another (storage event). Returns the unsubscribe. */
export function onOutboxChange(listener: (ws: string) => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key?.startsWith("rembuk:laporan:") && listener(e.key.slice("rembuk:laporan:".length));
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function wipeOutbox(ws: string): void {
  localStorage.removeItem(key(ws));
}

function newSendId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The seam a report screen calls: keeps the report on the device and tries to send it at once. */
export function queueReport(session: Session, report: SentReport): OutboxEntry {
  const entry: OutboxEntry = { sendId: newSendId(), month: report.month, report, queuedAt: Date.now(), state: "waiting" };
  save(session.payload.ws, [...outboxEntries(session.payload.ws), entry]);
  void flushOutbox(session);
  return entry;
}

const flushing = new Set<string>();

/** Sends every waiting report of the session's workspace, oldest first; stops at the first network failure. */
export async function flushOutbox(session: Session): Promise<void> {
  const ws = session.payload.ws;
  if (flushing.has(ws)) return;
  flushing.add(ws);
  try {
    for (const entry of outboxEntries(ws).filter((e) => e.state === "waiting")) {
      let res: Response;
      try {
        res = await fetch("/api/reports", {
          method: "POST",
          headers: { Authorization: `Bearer ${session.token}`, "Content-Type": "application/json", "Idempotency-Key": entry.sendId },
          body: JSON.stringify(entry.report),
        });
      } catch {
        return; // offline or the relay out of reach: the next try is on "online" or the timer
      }
      const body = (await res.json().catch(() => ({}))) as { message?: string; version?: number; receivedAt?: string; kodeWilayah?: string; villageName?: string };
      if (res.ok && typeof body.version === "number") {
        update(ws, entry.sendId, {
          state: "received",
          receipt: { version: body.version, receivedAt: body.receivedAt ?? "", kodeWilayah: body.kodeWilayah ?? "", villageName: body.villageName ?? "" },
          message: undefined,
        });
      } else if (res.status === 409 || res.status >= 500) {
        // not registered yet, or the relay failed: it stays waiting, with the relay's words
        update(ws, entry.sendId, { message: body.message ?? `HTTP ${res.status}` });
        return;
      } else {
        update(ws, entry.sendId, { state: "refused", message: body.message ?? `HTTP ${res.status}` });
      }
    }
  } finally {
    flushing.delete(ws);
  }
}

/** While a lurah's workspace is open: sends waiting reports when the phone comes online, and every 30 s. Returns the stop. */
export function startReportOutbox(session: Session, everyMs = 30_000): () => void {
  const flush = () => void flushOutbox(session);
  window.addEventListener("online", flush);
  const timer = setInterval(() => {
    if (outboxEntries(session.payload.ws).some((e) => e.state === "waiting")) flush();
  }, everyMs);
  flush();
  return () => {
    window.removeEventListener("online", flush);
    clearInterval(timer);
  };
}

export interface SentReceipt {
  month: string;
  version: number;
  receivedAt: string;
}

/** What the relay holds of this workspace's reports (GET /api/reports); null when it cannot be asked now. */
export async function fetchSentReports(session: Session): Promise<{ registered: { kodeWilayah: string; name: string } | null; reports: SentReceipt[] } | null> {
  try {
    const res = await fetch("/api/reports", { headers: { Authorization: `Bearer ${session.token}` } });
    if (!res.ok) return null;
    return (await res.json()) as { registered: { kodeWilayah: string; name: string } | null; reports: SentReceipt[] };
  } catch {
    return null;
  }
}
