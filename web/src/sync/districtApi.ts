import type { DistrictOverview } from "@shared/rules/districtView.ts";

/** The relay's district API (relay/PROTOCOL.md 3b), for a district token. */
export class DistrictApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export async function fetchOverview(token: string, to: string, months = 12): Promise<DistrictOverview> {
  const res = await fetch(`/api/district/overview?to=${encodeURIComponent(to)}&months=${months}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await res.json().catch(() => ({}))) as DistrictOverview & { message?: string };
  // the relay answers errors in Indonesian: shown as is
  if (!res.ok) throw new DistrictApiError(body.message ?? `HTTP ${res.status}`, res.status);
  return body;
}

/**
 * An export is a logged act (who, when, what): the relay logs it with the token's jti prefix, never a name. A
 * device offline when it exports keeps the entry and sends it when online (`flushExportLog`).
 */
export interface ExportLogEntry {
  month: string;
  villages: number;
  /** ISO time of the export on the device */
  at: string;
}

const key = (space: string) => `rembuk:ekspor:${space}`;

function pending(space: string): ExportLogEntry[] {
  try {
    const raw = JSON.parse(localStorage.getItem(key(space)) ?? "[]") as unknown;
    return Array.isArray(raw) ? (raw as ExportLogEntry[]) : [];
  } catch {
    return [];
  }
}

/** Sends the waiting export log entries; true when none is left. */
export async function flushExportLog(space: string, token: string): Promise<boolean> {
  const waiting = pending(space);
  while (waiting.length > 0) {
    try {
      const res = await fetch("/api/district/exports", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(waiting[0]),
      });
      if (!res.ok && res.status !== 400) break; // a 400 would never pass: dropped, the rest goes on
    } catch {
      break;
    }
    waiting.shift();
    localStorage.setItem(key(space), JSON.stringify(waiting));
  }
  return waiting.length === 0;
}

export async function logExport(space: string, token: string, entry: ExportLogEntry): Promise<"logged" | "queued"> {
  localStorage.setItem(key(space), JSON.stringify([...pending(space), entry]));
  return (await flushExportLog(space, token)) ? "logged" : "queued";
}

export function wipeExportLog(space: string): void {
  localStorage.removeItem(key(space));
}
