import { createMemo, createSignal, onCleanup, onMount, type Accessor } from "solid-js";

export interface RowRange {
  /** first position to render */
  start: number;
  /** one past the last position to render */
  end: number;
  /** every position there is */
  count: number;
}

/**
 * The positions of a fixed-row-height list that are in view in `scroller`, plus `overscan` on
 * each side. Rows have one height, so the range is arithmetic on the scroll offset: nothing per
 * row is measured or stored, and a search that changes the row count (on every key) costs
 * nothing here. Positions past the end (the browser has not yet clamped the scroll offset
 * after the list shrank) are left out.
 */
export function createRowWindow(opts: { count: Accessor<number>; rowHeight: number; overscan: number; scroller: () => HTMLElement | undefined }): Accessor<RowRange> {
  const [offset, setOffset] = createSignal(0);
  const [height, setHeight] = createSignal(0);
  onMount(() => {
    const el = opts.scroller();
    if (!el) return;
    const onScroll = () => setOffset(el.scrollTop);
    const resize = new ResizeObserver(() => setHeight(el.clientHeight));
    el.addEventListener("scroll", onScroll, { passive: true });
    resize.observe(el);
    setHeight(el.clientHeight);
    onCleanup(() => {
      el.removeEventListener("scroll", onScroll);
      resize.disconnect();
    });
  });
  return createMemo(
    () => {
      const count = opts.count();
      const start = Math.min(count, Math.max(0, Math.floor(offset() / opts.rowHeight) - opts.overscan));
      const end = Math.min(count, Math.ceil((offset() + height()) / opts.rowHeight) + opts.overscan);
      return { start, end: Math.max(start, end), count };
    },
    undefined,
    { equals: (a, b) => a.start === b.start && a.end === b.end && a.count === b.count },
  );
}
