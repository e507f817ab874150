import { createResource, createSignal, For, Show } from "solid-js";
import { formatNumber } from "../../../i18n/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import type { ChangeEntry, ChangeSection } from "../worker/matchProtocol.ts";

const PAGE = 20;

const value = (v: string | number | null) => (v === null || v === "" ? ti("import.changes.empty") : String(v));

/** One section of the changes (new, changed, gone...), a page at a time from the worker. */
export function ChangeList(props: { section: ChangeSection; total: number; load: (section: ChangeSection, offset: number, limit: number) => Promise<ChangeEntry[]> }) {
  const [shown, setShown] = createSignal<ChangeEntry[]>([]);
  const [offset, setOffset] = createSignal<number | false>(false);
  createResource(offset, async (from) => {
    const page = await props.load(props.section, from, PAGE);
    setShown((entries) => [...entries, ...page]);
    return page.length;
  });
  const left = () => props.total - shown().length;
  return (
    <details class="import-details" data-testid={`import-changes-${props.section}`} onToggle={(e) => e.currentTarget.open && offset() === false && setOffset(0)}>
      <summary>
        {ti(`import.changes.section.${props.section}`)} ({formatNumber(props.total)})
      </summary>
      <ul class="import-change-list">
        <For each={shown()}>
          {(e) => (
            <li data-list-id={e.listId}>
              <strong>{e.name}</strong>{" "}
              <span class="muted">
                RT {e.rt ?? "–"}/RW {e.rw ?? "–"} · {e.listId}
                {e.householdName && e.householdName !== e.name ? ` ${ti("import.changes.toHousehold", { name: e.householdName })}` : ""}
                {e.detail ? ` · ${e.detail}` : ""}
              </span>
              <Show when={e.changes.length > 0}>
                <ul class="import-field-changes">
                  <For each={e.changes}>
                    {(c) => (
                      <li classList={{ muted: c.kept }}>
                        {c.who ? `${c.who}: ` : ""}
                        {c.field}: {value(c.old)} → {value(c.new)}
                        {c.kept ? ` (${ti("import.changes.kept")})` : ""}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={left() > 0 && shown().length > 0}>
        <button type="button" class="secondary" onClick={() => setOffset(shown().length)}>
          {ti("import.preview.showMore", { count: formatNumber(Math.min(PAGE, left())) })}
        </button>
      </Show>
    </details>
  );
}
