import { base64UrlDecode, base64UrlEncode, isDocKind, type DocKind } from "@shared/model/index.ts";

/**
 * The file a phone that lost its access (revoked, expired, refused) downloads with the changes the relay
 * never received, for the lurah to apply from her own device (menu › "Terapkan berkas perubahan"), where
 * they sync as her changes. It holds Yjs updates (the same bytes the relay would have stored), one per
 * document, and names the workspace so it cannot be applied to another village.
 */
export const UNSYNCED_FILE_KIND = "rembuk-perubahan-belum-terkirim";

export interface UnsyncedDoc {
  doc: DocKind;
  /** local changes the relay had not confirmed, as the phone counted them */
  pending: number;
  update: Uint8Array;
}

export interface UnsyncedFile {
  workspace: string;
  /** who made the changes: the invite's name and role, as the phone knew them */
  from: { name: string | null; role: string };
  /** epoch ms */
  exportedAt: number;
  docs: UnsyncedDoc[];
}

export function encodeUnsyncedFile(file: UnsyncedFile): string {
  return JSON.stringify({
    kind: UNSYNCED_FILE_KIND,
    v: 1,
    workspace: file.workspace,
    from: file.from,
    exportedAt: new Date(file.exportedAt).toISOString(),
    docs: file.docs.map((d) => ({ doc: d.doc, pending: d.pending, update: base64UrlEncode(d.update) })),
  });
}

export type ReadResult = { ok: true; file: UnsyncedFile } | { ok: false; reason: "not_a_changes_file" | "other_workspace" | "damaged" };

/** Reads an untrusted file; `workspace` is the one the reader has open. */
export function decodeUnsyncedFile(text: string, workspace: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not_a_changes_file" };
  }
  if (typeof raw !== "object" || raw === null) return { ok: false, reason: "not_a_changes_file" };
  const r = raw as Record<string, unknown>;
  if (r.kind !== UNSYNCED_FILE_KIND || r.v !== 1) return { ok: false, reason: "not_a_changes_file" };
  if (r.workspace !== workspace) return { ok: false, reason: "other_workspace" };
  const from = (typeof r.from === "object" && r.from !== null ? r.from : {}) as Record<string, unknown>;
  const exportedAt = Date.parse(typeof r.exportedAt === "string" ? r.exportedAt : "");
  if (!Array.isArray(r.docs) || Number.isNaN(exportedAt)) return { ok: false, reason: "damaged" };
  const docs: UnsyncedDoc[] = [];
  const seen = new Set<string>();
  for (const d of r.docs as Array<Record<string, unknown>>) {
    const update = typeof d?.update === "string" ? base64UrlDecode(d.update) : null;
    if (typeof d?.doc !== "string" || !isDocKind(d.doc) || seen.has(d.doc) || !update || update.length === 0) return { ok: false, reason: "damaged" };
    seen.add(d.doc);
    docs.push({ doc: d.doc, pending: Number.isInteger(d.pending) && (d.pending as number) >= 0 ? (d.pending as number) : 0, update });
  }
  return {
    ok: true,
    file: {
      workspace,
      from: { name: typeof from.name === "string" ? from.name.slice(0, 120) : null, role: typeof from.role === "string" ? from.role.slice(0, 16) : "" },
      exportedAt,
      docs,
    },
  };
}

/** "rembuk-desa-contoh-perubahan-2026-11-22-1015.json": the village and the moment, sortable in a downloads folder. */
export function unsyncedFileName(workspace: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `rembuk-${workspace}-perubahan-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}
