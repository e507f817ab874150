import type { Role } from "@shared/model/index.ts";

/** The relay's invite API (relay/PROTOCOL.md): only a lurah token may call it. */
export interface InviteRequest {
  role: Role;
  opd?: string;
  name?: string;
  days?: number;
}

export interface InviteCreated {
  jti: string;
  token: string;
  role: Role;
  opd?: string | null;
  name?: string | null;
  expiresAt: number | string;
}

export interface InviteInfo {
  jti: string;
  role: Role;
  opd?: string | null;
  name?: string | null;
  expiresAt: number | string;
  revoked?: boolean;
  expired?: boolean;
  revokedAt?: number | string | null;
}

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : null,
  });
  const data = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(data.error ?? `HTTP ${res.status}`);
  return data as T;
}

export const createInvite = (token: string, req: InviteRequest) => call<InviteCreated>(token, "POST", "/api/invites", req);
export const listInvites = async (token: string) => {
  const data = await call<InviteInfo[] | { invites: InviteInfo[] }>(token, "GET", "/api/invites");
  return Array.isArray(data) ? data : data.invites;
};
export const revokeInvite = (token: string, jti: string) => call<unknown>(token, "DELETE", `/api/invites/${encodeURIComponent(jti)}`);

export function inviteLink(origin: string, token: string): string {
  return `${origin}/#/gabung?token=${encodeURIComponent(token)}`;
}
