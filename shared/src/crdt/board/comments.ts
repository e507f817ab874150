import type * as Y from "yjs";
import { MAX_COMMENT_LENGTH, parseComment, type BoardComment } from "../../model/comment.ts";
import { commentsMap } from "./layout.ts";

/** Adds a comment (a whole plain record, written once). False when it would not be valid. */
export function addComment(doc: Y.Doc, id: string, interventionId: string, text: string, by: string, now: Date): boolean {
  const record = { interventionId, text: text.trim().slice(0, MAX_COMMENT_LENGTH), by, at: now.toISOString() };
  if (commentsMap(doc).has(id) || !parseComment(id, record)) return false;
  commentsMap(doc).set(id, record);
  return true;
}

/** Every valid comment, oldest first (ties by id, the same on every device). */
export function readComments(doc: Y.Doc): BoardComment[] {
  const out: BoardComment[] = [];
  commentsMap(doc).forEach((raw, id) => {
    const c = parseComment(id, raw);
    if (c) out.push(c);
  });
  return out.sort((a, b) => a.at.localeCompare(b.at) || (a.id < b.id ? -1 : 1));
}
