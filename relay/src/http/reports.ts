import type { IncomingMessage, ServerResponse } from "node:http";
import { canSendReport, checkSentReport, monthOf, type TokenPayload } from "@shared/model/index.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { Keyring } from "../auth/keys.ts";
import { jtiPrefix, type Logger } from "../log.ts";
import { wilayahWithin } from "@shared/rules/wilayah.ts";
import type { RelayStorage, StoredReport } from "../storage/types.ts";
import { BodyTooLarge, bearerToken, readBody, sendError, sendJson } from "./respond.ts";

/** A report with 200 RWs of every indicator is about 150 KiB of JSON. */
export const MAX_REPORT_BODY_BYTES = 256 * 1024;
/** The district overview's window: a village's 12-month trend, at most two years. */
const MAX_MONTHS = 24;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const SEND_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface ReportsContext {
  keys: Keyring;
  storage: RelayStorage;
  log: Logger;
  now(): Date;
}

/**
 * The monthly reports villages send up, and what a district reads of them (relay/PROTOCOL.md, section 3b):
 * `POST/GET /api/reports` for the village's lurah, `GET /api/district/*` and `POST /api/district/exports` for a
 * district token. Returns false when the path is none of these.
 */
export async function handleReports(req: IncomingMessage, res: ServerResponse, path: string, ctx: ReportsContext): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://relay.invalid");
  const village = /^\/api\/district\/reports\/([a-z0-9][a-z0-9-]{1,62})$/.exec(path);
  const route =
    path === "/api/reports" ? { methods: ["GET", "POST"], who: "village" as const }
    : path === "/api/district/overview" ? { methods: ["GET"], who: "district" as const }
    : path === "/api/district/exports" ? { methods: ["POST"], who: "district" as const }
    : village ? { methods: ["GET"], who: "district" as const }
    : null;
  if (!route) return false;
  if (!route.methods.includes(req.method ?? "")) {
    res.setHeader("Allow", route.methods.join(", "));
    sendError(res, 405, "metode_tidak_diizinkan", "Metode tidak diizinkan.");
    return true;
  }
  const auth = await authenticate(bearerToken(req), ctx.keys, ctx.storage);
  if (!auth.ok) {
    sendError(res, 401, "token_tidak_sah", "Token tidak ada, tidak sah, kedaluwarsa atau dicabut.");
    return true;
  }
  const who = auth.payload;
  if (route.who === "village") {
    if (!canSendReport(who.role)) sendError(res, 403, "bukan_lurah", "Hanya lurah yang dapat mengirim dan melihat laporan yang dikirim.");
    else if (req.method === "POST") await receiveReport(req, res, who, ctx);
    else listSent(res, who, ctx);
    return true;
  }
  if (who.role !== "district" || who.wilayah === undefined) {
    sendError(res, 403, "bukan_dinas", "Hanya pengguna kecamatan/dinas yang dapat membaca laporan desa.");
    return true;
  }
  if (path === "/api/district/overview") overview(res, url, who.wilayah, who, ctx);
  else if (path === "/api/district/exports") await logExport(req, res, who, ctx);
  else villageVersions(res, url, village![1]!, who.wilayah, ctx);
  return true;
}

async function readJson(req: IncomingMessage, res: ServerResponse, limit: number): Promise<{ ok: true; value: unknown } | { ok: false }> {
  let body: Buffer;
  try {
    body = await readBody(req, limit);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader("Connection", "close");
      sendError(res, 413, "terlalu_besar", `Isi permintaan lebih dari ${Math.round(limit / 1024)} KiB.`);
      return { ok: false };
    }
    throw error;
  }
  try {
    return { ok: true, value: JSON.parse(body.toString("utf8")) as unknown };
  } catch {
    sendError(res, 400, "json_rusak", "Isi permintaan bukan JSON yang sah.");
    return { ok: false };
  }
}

function receipt(report: StoredReport) {
  return {
    workspace: report.workspace,
    month: report.month,
    version: report.version,
    kodeWilayah: report.kodeWilayah,
    villageName: report.villageName,
    receivedAt: new Date(report.receivedAt).toISOString(),
  };
}

async function receiveReport(req: IncomingMessage, res: ServerResponse, who: TokenPayload, ctx: ReportsContext): Promise<void> {
  const registered = ctx.storage.getWorkspace(who.ws);
  const sendIdHeader = req.headers["idempotency-key"];
  const sendId = typeof sendIdHeader === "string" ? sendIdHeader : null;
  if (sendId !== null && !SEND_ID.test(sendId)) return sendError(res, 400, "kunci_tidak_sah", "Idempotency-Key: huruf, angka, - atau _, paling banyak 64.");
  const json = await readJson(req, res, MAX_REPORT_BODY_BYTES);
  if (!json.ok) return;
  if (!registered) {
    ctx.log.warn("report.refused", { ws: who.ws, why: "not_registered", jti: jtiPrefix(who.jti) });
    return sendError(res, 409, "belum_terdaftar", "Desa/kelurahan ini belum didaftarkan dengan kode wilayahnya oleh pengelola relay, jadi laporan belum dapat dikirim. Hubungi pengelola relay.");
  }
  const now = ctx.now();
  const check = checkSentReport(json.value, now);
  if (!check.ok) {
    // the message may quote what was sent: not logged
    ctx.log.warn("report.refused", { ws: who.ws, why: "invalid", jti: jtiPrefix(who.jti) });
    return sendError(res, 400, "laporan_tidak_sah", check.message);
  }
  const { report, duplicate } = ctx.storage.appendReport({
    ...check.report,
    workspace: who.ws,
    kodeWilayah: registered.kodeWilayah,
    villageName: registered.name,
    receivedAt: now.getTime(),
    sentByRole: who.role,
    sentByJti: jtiPrefix(who.jti),
    sendId,
  });
  ctx.log.info(duplicate ? "report.repeated" : "report.received", {
    ws: who.ws, wilayah: report.kodeWilayah, month: report.month, version: report.version, role: who.role, jti: jtiPrefix(who.jti),
  });
  sendJson(res, duplicate ? 200 : 201, { ...receipt(report), duplicate });
}

function listSent(res: ServerResponse, who: TokenPayload, ctx: ReportsContext): void {
  const registered = ctx.storage.getWorkspace(who.ws);
  sendJson(res, 200, {
    registered: registered && { kodeWilayah: registered.kodeWilayah, name: registered.name },
    reports: ctx.storage.listReportVersions(who.ws, null).map(receipt),
  });
}

function monthsBack(to: string, count: number): string[] {
  const [y, m] = to.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(monthOf(d));
  }
  return out;
}

function overview(res: ServerResponse, url: URL, wilayah: string, who: TokenPayload, ctx: ReportsContext): void {
  const to = url.searchParams.get("to") ?? monthOf(new Date(ctx.now().getTime() + 9 * 3600_000));
  const count = Number(url.searchParams.get("months") ?? "12");
  if (!MONTH.test(to)) return sendError(res, 400, "bulan_tidak_sah", "to harus bulan YYYY-MM.");
  if (!Number.isInteger(count) || count < 1 || count > MAX_MONTHS) return sendError(res, 400, "bulan_tidak_sah", `months harus 1 sampai ${MAX_MONTHS}.`);
  const months = monthsBack(to, count);
  const villages = ctx.storage.listWorkspaces(wilayah).map((w) => ({ workspace: w.id, kodeWilayah: w.kodeWilayah, name: w.name }));
  const reports = ctx.storage.currentReports(wilayah, months[0]!, to).map((r) => ({
    workspace: r.workspace,
    kodeWilayah: r.kodeWilayah,
    villageName: r.villageName,
    month: r.month,
    version: r.version,
    receivedAt: new Date(r.receivedAt).toISOString(),
    indicators: r.indicators,
  }));
  ctx.log.info("district.overview", { wilayah, to, months: count, villages: villages.length, reports: reports.length, jti: jtiPrefix(who.jti) });
  sendJson(res, 200, { wilayah, months, villages, reports });
}

function villageVersions(res: ServerResponse, url: URL, workspace: string, wilayah: string, ctx: ReportsContext): void {
  const month = url.searchParams.get("month");
  if (month !== null && !MONTH.test(month)) return sendError(res, 400, "bulan_tidak_sah", "month harus bulan YYYY-MM.");
  // only the versions received under this district's prefix; another district's village is "not found"
  const versions = ctx.storage.listReportVersions(workspace, month).filter((r) => wilayahWithin(r.kodeWilayah, wilayah));
  if (versions.length === 0) return sendError(res, 404, "tidak_ditemukan", "Tidak ada laporan desa ini di wilayah Anda.");
  sendJson(res, 200, {
    reports: versions.map((r) => ({ ...receipt(r), indicators: r.indicators, byRw: r.byRw, current: !versions.some((x) => x.month === r.month && x.version > r.version) })),
  });
}

async function logExport(req: IncomingMessage, res: ServerResponse, who: TokenPayload, ctx: ReportsContext): Promise<void> {
  const json = await readJson(req, res, 4 * 1024);
  if (!json.ok) return;
  const v = json.value as Record<string, unknown> | null;
  const month = v && typeof v === "object" ? v.month : undefined;
  const villages = v && typeof v === "object" ? v.villages : undefined;
  const at = v && typeof v === "object" ? v.at : undefined;
  if (typeof month !== "string" || !MONTH.test(month) || typeof villages !== "number" || !Number.isInteger(villages) || villages < 0 || villages > 100_000) {
    return sendError(res, 400, "permintaan_tidak_sah", "Catatan ekspor: { month: YYYY-MM, villages: bilangan, at?: waktu ISO }.");
  }
  const when = typeof at === "string" && !Number.isNaN(Date.parse(at)) ? new Date(Date.parse(at)).toISOString() : ctx.now().toISOString();
  // who (role and jti prefix: the invite list names the person), when, what; never a name
  ctx.log.info("district.export", { wilayah: who.wilayah, month, villages, format: "xlsx", at: when, role: who.role, jti: jtiPrefix(who.jti) });
  sendJson(res, 201, { logged: true });
}
