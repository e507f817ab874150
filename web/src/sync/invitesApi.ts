import type { Role } from "@shared/model/index.ts";
import type { RelayAddress } from "@shared/rules/invite/addresses.ts";

/** The relay's invite API (relay/PROTOCOL.md 3): a lurah for the village's roles, a district user for its own staff. */
export interface InviteRequest {
  role: Role;
  opd?: string;
  name?: string;
  days?: number;
  /** role district only: the kode wilayah prefix it reads under (the inviter's own or a narrower one) */
  wilayah?: string;
}

export interface InviteCreated {
  jti: string;
  token: string;
  role: Role;
  opd: string | null;
  name: string | null;
  /** ISO time */
  expiresAt: string;
}

export interface InviteInfo {
  jti: string;
  role: Role;
  opd: string | null;
  /** role district only */
  wilayah?: string | null;
  name: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  state: "active" | "revoked" | "expired";
  /** who minted it (revoking them revokes it too); null: the relay operator (`npm run token`) */
  mintedBy: { jti: string; name: string | null; role: Role | null } | null;
}

export interface InviteRevoked {
  jti: string;
  revoked: true;
  /** the invites the revoked person had minted, revoked with it */
  cascaded: string[];
}

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : null,
  });
  const data = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
  // the relay answers errors in Indonesian (relay/PROTOCOL.md): show its message as is
  if (!res.ok) throw new Error(data.message ?? data.error ?? `HTTP ${res.status}`);
  return data as T;
}

export const createInvite = (token: string, req: InviteRequest) => call<InviteCreated>(token, "POST", "/api/invites", req);
export const listInvites = async (token: string) => (await call<{ invites: InviteInfo[] }>(token, "GET", "/api/invites")).invites;
export const revokeInvite = (token: string, jti: string) => call<InviteRevoked>(token, "DELETE", `/api/invites/${encodeURIComponent(jti)}`);

/** Where invite links can point (GET /api/addresses), best first. */
export const listAddresses = async (token: string) => (await call<{ addresses: RelayAddress[] }>(token, "GET", "/api/addresses")).addresses;

export function inviteLink(origin: string, token: string): string {
  return `${origin}/#/gabung?token=${encodeURIComponent(token)}`;
}
