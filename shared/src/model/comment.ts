import { isBoardId, own, ownText } from "./claim.ts";

/**
 * A comment on an intervention card. Anyone who writes the board may comment on
 * any card (agencies coordinate there); comments are never edited or deleted,
 * so a disagreement stays readable.
 */
export interface BoardComment {
  id: string;
  interventionId: string;
  by: string;
  /** device clock, ISO: ordering only among comments, informative */
  at: string;
  text: string;
}

export const MAX_COMMENT_LENGTH = 500;

export function parseComment(id: string, raw: unknown): BoardComment | null {
  const interventionId = own(raw, "interventionId");
  const text = own(raw, "text");
  if (!isBoardId(id) || !isBoardId(interventionId) || typeof text !== "string") return null;
  if (text.trim().length === 0 || text.length > MAX_COMMENT_LENGTH) return null;
  return { id, interventionId, by: ownText(raw, "by"), at: ownText(raw, "at"), text };
}
