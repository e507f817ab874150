/**
 * A workspace is one village (desa/kelurahan). It holds one Yjs document per
 * permission domain, so that the relay can give each role only what it may see.
 * `internal` is the pokja's own part of the meetings ("catatan internal pokja"): what may name
 * families and children, with the roster's permissions (the minutes are read by OPD and pemantau).
 * `plan` is the pokja's yearly plan (RKM, issue 19): the minutes' permissions, target groups and counts only.
 */
export const DOC_KINDS = ["roster", "board", "minutes", "meta", "internal", "plan"] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export function isDocKind(value: string): value is DocKind {
  return (DOC_KINDS as readonly string[]).includes(value);
}

/** Workspace ids are URL path segments and SQLite keys: keep them boring. */
const WORKSPACE_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function isWorkspaceId(value: string): boolean {
  return WORKSPACE_ID.test(value);
}

/** The y-websocket room name of one document: `<workspaceId>/<doc>`. */
export function roomName(workspaceId: string, doc: DocKind): string {
  return `${workspaceId}/${doc}`;
}

export function parseRoomName(room: string): { workspaceId: string; doc: DocKind } | null {
  const parts = room.split("/");
  if (parts.length !== 2) return null;
  const [workspaceId, doc] = parts as [string, string];
  if (!isWorkspaceId(workspaceId) || !isDocKind(doc)) return null;
  return { workspaceId, doc };
}
