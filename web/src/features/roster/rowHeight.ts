import { createSignal, onCleanup, onMount, type Accessor } from "solid-js";

/**
 * The roster's row height in px, as the stylesheet sets it on the scroller (`--roster-row-height`):
 * one line of a table on a laptop, a two-line card on a phone. Read when the table mounts and again
 * when the window's size changes (a phone turned sideways, a window dragged narrower), never per key
 * or per scroll; `fallback` until then, and where the property is not set.
 */
export function createRowHeight(scroller: () => HTMLElement | undefined, fallback: number): Accessor<number> {
  const [height, setHeight] = createSignal(fallback);
  onMount(() => {
    const el = scroller();
    if (!el) return;
    const read = () => {
      const value = Number.parseFloat(getComputedStyle(el).getPropertyValue("--roster-row-height"));
      setHeight(value > 0 ? value : fallback);
    };
    read();
    window.addEventListener("resize", read, { passive: true });
    onCleanup(() => window.removeEventListener("resize", read));
  });
  return height;
}
