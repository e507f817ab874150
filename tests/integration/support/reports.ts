import type { ReportIndicator, SentReport } from "@shared/model/index.ts";
import type { RelayStorage } from "../../../relay/src/storage/types.ts";
import { invitedToken } from "./tokens.ts";

/** A district token as the relay operator mints it (`npm run token -- --role district`), recorded so it can be revoked. */
export function districtToken(storage: RelayStorage, wilayah: string, options: { days?: number; now?: number; space?: string } = {}): { token: string; jti: string } {
  return invitedToken(storage, options.space ?? wilayah, "district", { wilayah, days: options.days, now: options.now });
}

/** A lurah token recorded as an invite of `workspace`. */
export function lurahToken(storage: RelayStorage, workspace: string): string {
  return invitedToken(storage, workspace, "lurah").token;
}

export function sentReport(month: string, indicators: Partial<Record<ReportIndicator, number | null>>, byRw: SentReport["byRw"] = []): SentReport {
  return { schema: 1, month, indicators, byRw };
}

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

export async function api(httpUrl: string, path: string, token: string | null, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<ApiAnswer> {
  const res = await fetch(`${httpUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}), ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export function sendReport(httpUrl: string, token: string, report: unknown, sendId?: string): Promise<ApiAnswer> {
  return api(httpUrl, "/api/reports", token, { method: "POST", body: report, headers: sendId ? { "Idempotency-Key": sendId } : {} });
}

export interface Overview {
  wilayah: string;
  months: string[];
  villages: Array<{ workspace: string; kodeWilayah: string; name: string }>;
  reports: Array<{ workspace: string; month: string; version: number; indicators: Record<string, number | null> }>;
}

export async function overview(httpUrl: string, token: string, to: string, months = 12): Promise<{ status: number; body: Overview }> {
  const answer = await api(httpUrl, `/api/district/overview?to=${to}&months=${months}`, token);
  return { status: answer.status, body: answer.body as unknown as Overview };
}
