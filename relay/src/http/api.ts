import type { IncomingMessage, ServerResponse } from "node:http";
import { canManageInvites, DEFAULT_INVITE_DAYS, invitableRoles, isRole, MAX_INVITE_DAYS, type Role, type TokenPayload } from "@shared/model/index.ts";
import { isWilayahPrefix, wilayahWithin } from "@shared/rules/wilayah.ts";
import { authenticate } from "../auth/authenticate.ts";
import type { Keyring } from "../auth/keys.ts";
import { nowSeconds } from "../auth/tokens.ts";
import { mintInvite } from "../auth/mintInvite.ts";
import { jtiPrefix, type Logger } from "../log.ts";
import type { InviteRecord, RelayStorage } from "../storage/types.ts";
import { BodyTooLarge, bearerToken, readBody, sendError, sendJson } from "./respond.ts";

export const MAX_API_BODY_BYTES = 64 * 1024;

export interface ApiContext {
  keys: Keyring;
  storage: RelayStorage;
  log: Logger;
  /** closes live sockets of a revoked token; returns how many */
  revokeLive(jti: string): number;
}

interface InviteRequest {
  role: Role;
  opd?: string;
  wilayah?: string;
  name?: string;
  days: number;
}

/**
 * The invite API under /api/invites (relay/PROTOCOL.md). Only a role that may
 * manage invites (the lurah, a district user) gets past authentication, and only for its own workspace
 * (a district: its space, and only the invites within its own kode wilayah prefix).
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, ctx: ApiContext): Promise<void> {
  const isList = path === "/api/invites";
  const one = /^\/api\/invites\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (!isList && !one) return sendError(res, 404, "tidak_ditemukan", "Alamat API tidak dikenal.");
  const allowed = isList ? ["GET", "POST"] : ["DELETE"];
  if (!allowed.includes(req.method ?? "")) {
    res.setHeader("Allow", allowed.join(", "));
    return sendError(res, 405, "metode_tidak_diizinkan", "Metode tidak diizinkan.");
  }

  const auth = await authenticate(bearerToken(req), ctx.keys, ctx.storage);
  if (!auth.ok) return sendError(res, 401, "token_tidak_sah", "Token tidak ada, tidak sah, kedaluwarsa atau dicabut.");
  if (!canManageInvites(auth.payload.role)) {
    return sendError(res, 403, "bukan_lurah", "Hanya lurah yang dapat mengelola undangan.");
  }
  const workspace = auth.payload.ws;
  const inviter = auth.payload;

  if (one) {
    const jti = one[1]!;
    const invites = ctx.storage.listInvites(workspace);
    const mine = inviter.role !== "district" || invites.some((i) => i.jti === jti && reaches(inviter, i));
    const at = nowSeconds();
    if (!mine || !ctx.storage.revokeInvite(workspace, jti, at)) {
      return sendError(res, 404, "undangan_tidak_ditemukan", "Undangan tidak ditemukan di ruang kerja ini.");
    }
    // what the revoked person minted goes with it (else a lurah could keep spare tokens for later)
    const cascaded = mintedUnder(invites, jti, inviter.jti).filter((i) => i.revokedAt === null);
    for (const i of cascaded) ctx.storage.revokeInvite(workspace, i.jti, at);
    let closed = ctx.revokeLive(jti);
    for (const i of cascaded) closed += ctx.revokeLive(i.jti);
    ctx.log.info("invite.revoked", { ws: workspace, jti: jtiPrefix(jti), cascaded: cascaded.length, closedSockets: closed, by: jtiPrefix(inviter.jti) });
    return sendJson(res, 200, { jti, revoked: true, cascaded: cascaded.map((i) => i.jti) });
  }

  if (req.method === "GET") {
    const now = nowSeconds();
    const all = ctx.storage.listInvites(workspace);
    const byJti = new Map(all.map((i) => [i.jti, i]));
    const invites = all.filter((i) => reaches(inviter, i));
    return sendJson(res, 200, { invites: invites.map((i) => describeInvite(i, now, i.mintedBy === null ? null : (byJti.get(i.mintedBy) ?? ctx.storage.getInvite(i.mintedBy)))) });
  }

  let body: Buffer;
  try {
    body = await readBody(req, MAX_API_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader("Connection", "close");
      return sendError(res, 413, "terlalu_besar", "Isi permintaan lebih dari 64 KiB.");
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    return sendError(res, 400, "json_rusak", "Isi permintaan bukan JSON yang sah.");
  }
  const parsed = parseInviteRequest(json, inviter);
  if (typeof parsed === "string") return sendError(res, 400, "permintaan_tidak_sah", parsed);

  const { token, payload } = await mintInvite(ctx.keys, ctx.storage, { workspace, ...parsed }, { mintedBy: inviter.jti });
  ctx.log.info("invite.created", { ws: workspace, role: payload.role, jti: jtiPrefix(payload.jti), days: parsed.days, by: jtiPrefix(inviter.jti) });
  return sendJson(res, 201, {
    jti: payload.jti,
    token,
    role: payload.role,
    opd: payload.opd ?? null,
    wilayah: payload.wilayah ?? null,
    name: parsed.name ?? null,
    expiresAt: isoSeconds(payload.exp),
  });
}

/**
 * Every invite minted by `root`, directly or down the chain (a lurah invites a lurah who invites a kader),
 * except the caller's own and what the caller minted: the caller is acting, valid now, and one lurah taking
 * over from another (who invited her) must not revoke herself by revoking the one who leaves.
 */
export function mintedUnder<T extends Pick<InviteRecord, "jti" | "mintedBy">>(invites: readonly T[], root: string, caller: string): T[] {
  const children = new Map<string, T[]>();
  for (const i of invites) {
    if (i.mintedBy === null) continue;
    const list = children.get(i.mintedBy) ?? [];
    list.push(i);
    children.set(i.mintedBy, list);
  }
  const out: T[] = [];
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (seen.has(child.jti) || (child.jti === caller && root !== caller)) continue;
      seen.add(child.jti);
      out.push(child);
      queue.push(child.jti);
    }
  }
  return out;
}

/** A district user sees and revokes only the invites within its own prefix (its space may hold wider ones). */
function reaches(inviter: TokenPayload, invite: InviteRecord): boolean {
  if (inviter.role !== "district") return true;
  return invite.wilayah !== null && inviter.wilayah !== undefined && wilayahWithin(invite.wilayah, inviter.wilayah);
}

/**
 * Returns the validated request, or an Indonesian message saying what is wrong. A lurah invites the village's
 * roles; a district user only district staff, with its own prefix or a narrower one (segment-wise).
 */
export function parseInviteRequest(value: unknown, inviter: Pick<TokenPayload, "role" | "wilayah"> = { role: "lurah" }): InviteRequest | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "Isi permintaan harus objek JSON.";
  const v = value as Record<string, unknown>;
  const allowed = invitableRoles(inviter.role);
  if (typeof v.role !== "string" || !isRole(v.role) || !allowed.includes(v.role)) return `Peran (role) harus ${allowed.join(", ")}.`;
  const out: InviteRequest = { role: v.role, days: Math.min(DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS[v.role]) };
  if (v.role === "district") {
    const wilayah = v.wilayah ?? inviter.wilayah;
    if (!isWilayahPrefix(wilayah) || inviter.wilayah === undefined || !wilayahWithin(wilayah, inviter.wilayah)) {
      return `Wilayah (wilayah) harus ${inviter.wilayah ?? "wilayah Anda"} atau bagian di dalamnya (mis. kecamatan).`;
    }
    out.wilayah = wilayah;
  } else if (v.wilayah !== undefined && v.wilayah !== null) {
    return "Wilayah (wilayah) hanya untuk peran district.";
  }
  if (v.days !== undefined) {
    const max = MAX_INVITE_DAYS[v.role];
    if (typeof v.days !== "number" || !Number.isInteger(v.days) || v.days < 1 || v.days > max) {
      return `Masa berlaku (days) untuk peran ${v.role} harus bilangan bulat 1 sampai ${max}.`;
    }
    out.days = v.days;
  }
  if (v.name !== undefined && v.name !== null) {
    if (typeof v.name !== "string" || v.name.length > 120) return "Nama (name) paling banyak 120 karakter.";
    if (v.name.trim().length > 0) out.name = v.name.trim();
  }
  if (v.role === "opd") {
    if (typeof v.opd !== "string" || !/^[A-Za-z0-9_-]{1,32}$/.test(v.opd)) {
      return "Kode OPD (opd) wajib untuk peran opd: huruf, angka, - atau _, paling banyak 32.";
    }
    out.opd = v.opd;
  } else if (v.opd !== undefined && v.opd !== null) {
    return "Kode OPD (opd) hanya untuk peran opd.";
  }
  return out;
}

/** One invite as the list shows it; `minter` is the invite record of the token that minted it (null: the relay operator). */
function describeInvite(invite: InviteRecord, now: number, minter: InviteRecord | null | undefined) {
  return {
    jti: invite.jti,
    role: invite.role,
    opd: invite.opd,
    wilayah: invite.wilayah,
    name: invite.label,
    mintedBy: invite.mintedBy === null ? null : { jti: invite.mintedBy, name: minter?.label ?? null, role: minter?.role ?? null },
    createdAt: isoSeconds(invite.createdAt),
    expiresAt: isoSeconds(invite.expiresAt),
    revokedAt: invite.revokedAt === null ? null : isoSeconds(invite.revokedAt),
    state: invite.revokedAt !== null ? "revoked" : invite.expiresAt <= now ? "expired" : "active",
  };
}

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
