import { createMemo, createSignal, onCleanup, onMount, type Accessor } from "solid-js";

/** rows rendered even when the scroller is off screen */
const MIN_SHOWN_ROWS = 4;

export interface RowRange {
  /** first position to render */
  start: number;
  /** one past the last position to render */
  end: number;
  /** every position there is */
  count: number;
}

/**
 * The positions of a fixed-row-height list that are in view in `scroller` and on the screen,
 * plus `overscan` on each side. Rows have one height, so the range is arithmetic on the scroll
 * offset: nothing per row is measured or stored, and a search that changes the row count (on every key) costs
 * nothing here. Positions past the end (the browser has not yet clamped the scroll offset
 * after the list shrank) are left out. The row height may change with the screen's size (a
 * phone's two-line rows: rowHeight.ts), never with what rows show.
 */
export function createRowWindow(opts: { count: Accessor<number>; rowHeight: Accessor<number>; overscan: number; scroller: () => HTMLElement | undefined; rowsStartAt: number }): Accessor<RowRange> {
  // the part of the scroller's content that is on screen, in content pixels
  const [view, setView] = createSignal({ top: 0, bottom: 0 }, { equals: (a, b) => a.top === b.top && a.bottom === b.bottom });
  onMount(() => {
    const el = opts.scroller();
    if (!el) return;
    // A scroller taller than what is left of the screen below the page's header (a phone, the
    // page not scrolled yet) shows only its top part: the rows below the screen's edge are not
    // rendered until the page scrolls. A few are, even when the scroller is all off screen (a
    // phone held sideways), so the table is never empty for a screen reader.
    // A scroller that shrinks to a short list (a max-height, not a height) grows back with the
    // list: a key that turns 3 families into 300 would draw 3 rows, then the resize observer
    // would see the scroller grow and draw the rest in a second style-and-layout pass of the
    // same frame. Rows are placed for the height it can grow to: a short list has no rows
    // there to draw, and a long one is drawn in one pass.
    let canGrowTo = heightItCanGrowTo(el);
    const measure = () => {
      const box = el.getBoundingClientRect();
      const height = Math.max(el.clientHeight, canGrowTo);
      const shownTop = Math.max(box.top, 0);
      const shownHeight = Math.max(Math.min(box.top + height, window.innerHeight) - shownTop, Math.min(height, MIN_SHOWN_ROWS * opts.rowHeight()));
      const top = el.scrollTop + shownTop - box.top;
      setView({ top, bottom: top + shownHeight });
    };
    // the limits are in viewport units: read again when a size changes, not on every scroll
    const remeasure = () => {
      canGrowTo = heightItCanGrowTo(el);
      measure();
    };
    const resize = new ResizeObserver(remeasure);
    el.addEventListener("scroll", measure, { passive: true });
    window.addEventListener("scroll", measure, { passive: true });
    window.addEventListener("resize", remeasure, { passive: true });
    resize.observe(el);
    measure();
    onCleanup(() => {
      el.removeEventListener("scroll", measure);
      window.removeEventListener("scroll", measure);
      window.removeEventListener("resize", remeasure);
      resize.disconnect();
    });
  });
  return createMemo(
    () => {
      const count = opts.count();
      const rowHeight = opts.rowHeight();
      // rows start below the scroller's own header (rowsStartAt px of content)
      const top = view().top - opts.rowsStartAt;
      const bottom = view().bottom - opts.rowsStartAt;
      const start = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - opts.overscan));
      const end = Math.min(count, Math.ceil(bottom / rowHeight) + opts.overscan);
      return { start, end: Math.max(start, end), count };
    },
    undefined,
    { equals: (a, b) => a.start === b.start && a.end === b.end && a.count === b.count },
  );
}

/** The scroller's max-height (or min-height, if larger) in px; 0 when it has none. */
function heightItCanGrowTo(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const px = (value: string) => (value.endsWith("px") ? Number.parseFloat(value) : 0);
  return Math.max(px(style.maxHeight), px(style.minHeight));
}
