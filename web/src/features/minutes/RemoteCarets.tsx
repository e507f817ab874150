import { createSignal, For, onCleanup, onMount } from "solid-js";
import type { RemoteWriter } from "../../state/minutes.ts";
import { caretCoordinates } from "./caretPosition.ts";

/** The other writers' carets drawn over the notes textarea, each with its writer's name. */
export function RemoteCarets(props: { textarea: () => HTMLTextAreaElement | undefined; writers: RemoteWriter[] }) {
  // re-measure when the textarea scrolls or resizes; writers() already changes with every edit
  const [layout, setLayout] = createSignal(0);
  onMount(() => {
    const el = props.textarea();
    if (!el) return;
    const bump = () => setLayout((n) => n + 1);
    el.addEventListener("scroll", bump);
    el.addEventListener("input", bump);
    const resize = new ResizeObserver(bump);
    resize.observe(el);
    onCleanup(() => {
      el.removeEventListener("scroll", bump);
      el.removeEventListener("input", bump);
      resize.disconnect();
    });
  });
  const placed = () => {
    layout();
    const el = props.textarea();
    if (!el) return [];
    return props.writers
      .map((w) => ({ w, c: caretCoordinates(el, w.index) }))
      .filter(({ c }) => c.top >= 0 && c.top < el.clientHeight)
      .map(({ w, c }) => ({ w, top: el.offsetTop + el.clientTop + c.top, left: el.offsetLeft + el.clientLeft + c.left, height: c.height }));
  };
  return (
    <div class="remote-carets" aria-hidden="true">
      <For each={placed()}>
        {(p) => (
          <span class="remote-caret" data-testid="remote-caret" style={{ top: `${p.top}px`, left: `${p.left}px`, height: `${p.height}px`, "border-color": p.w.color }}>
            <span class="remote-caret-name" style={{ background: p.w.color }}>
              {p.w.name}
            </span>
          </span>
        )}
      </For>
    </div>
  );
}
