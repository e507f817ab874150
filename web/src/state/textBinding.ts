import type * as Y from "yjs";

/**
 * Binds a <textarea> (or an <input>) to a Y.Text so concurrent typing merges by character.
 * A local edit is turned into one delete + one insert at the changed span;
 * a remote edit moves our caret by its delta so the writer does not lose place
 * (and two people typing at the same spot do not interleave letter by letter).
 */
const LOCAL = { source: "local-textarea" } as const;

export function changedSpan(before: string, after: string): { at: number; remove: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { at: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

export function shiftByDelta(pos: number, delta: Array<{ retain?: number; insert?: unknown; delete?: number }>): number {
  let index = 0;
  let result = pos;
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (op.insert !== undefined) {
      const len = typeof op.insert === "string" ? op.insert.length : 1;
      // an insert exactly at the caret goes after it: the writer's own run of keys stays together
      if (index < result) result += len;
      index += len;
    } else if (op.delete !== undefined) {
      if (index < result) result -= Math.min(op.delete, result - index);
    }
    if (index > result) break;
  }
  return result;
}

/** Works for a one-line <input> too (the plan's short texts): both have value and a selection. */
export function bindTextarea(text: Y.Text, el: HTMLTextAreaElement | HTMLInputElement): () => void {
  el.value = text.toString();
  const onInput = () => {
    const span = changedSpan(text.toString(), el.value);
    if (span.remove === 0 && span.insert === "") return;
    text.doc?.transact(() => {
      if (span.remove > 0) text.delete(span.at, span.remove);
      if (span.insert) text.insert(span.at, span.insert);
    }, LOCAL);
  };
  const observer = (event: Y.YTextEvent, tr: Y.Transaction) => {
    if (tr.origin === LOCAL) return;
    const delta = event.delta as Array<{ retain?: number; insert?: unknown; delete?: number }>;
    const focused = document.activeElement === el;
    const start = shiftByDelta(el.selectionStart ?? 0, delta);
    const end = shiftByDelta(el.selectionEnd ?? 0, delta);
    el.value = text.toString();
    if (focused) el.setSelectionRange(start, end);
  };
  el.addEventListener("input", onInput);
  text.observe(observer);
  return () => {
    el.removeEventListener("input", onInput);
    text.unobserve(observer);
  };
}
