import { createSignal, For, Show } from "solid-js";
import { formatDate, t } from "../../i18n/index.ts";
import { hrefFor, navigate } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { MeetingForm } from "./MeetingForm.tsx";
import { MeetingNotes } from "./MeetingNotes.tsx";

/** Meetings, newest first, and the co-written notes of the open one. */
export function MinutesPage(props: { meetingId: string | null }) {
  const ws = useWorkspace();
  const [state, actions] = ws.minutes!;
  const writable = ws.canWrite("minutes");
  const [adding, setAdding] = createSignal(false);
  const open = () => state.meetings().find((m) => m.id === props.meetingId);

  return (
    <section class="split">
      <div>
        <header class="section-header">
          <h1>{t("minutes.title")}</h1>
          <Show when={writable && !adding()}>
            <button type="button" onClick={() => setAdding(true)} data-testid="add-meeting">
              {t("minutes.add")}
            </button>
          </Show>
        </header>
        <Show when={adding()}>
          <div class="panel">
            <MeetingForm
              onCancel={() => setAdding(false)}
              onSave={(fields) => {
                const id = actions.add(fields);
                setAdding(false);
                navigate({ name: "workspace", ws: ws.id, section: "notulen", item: id });
              }}
            />
          </div>
        </Show>
        <Show when={state.meetings().length > 0} fallback={<p>{t("minutes.empty")}</p>}>
          <ul class="cards">
            <For each={state.meetings()}>
              {(m) => (
                <li class="card" classList={{ active: m.id === props.meetingId }}>
                  <a href={hrefFor({ name: "workspace", ws: ws.id, section: "notulen", item: m.id })} data-testid="meeting-link">
                    <strong>{m.title}</strong>
                  </a>
                  <span class="muted">
                    {formatDate(m.date)}
                    {m.place ? ` · ${m.place}` : ""}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <div>
        {/* keyed on the id only: a title edit elsewhere must not rebind the notes under the writer's caret */}
        <Show when={open()?.id} keyed fallback={<p class="muted">{t("minutes.choose")}</p>}>
          {(id) => (
            <article class="panel">
              <h2>{open()?.title}</h2>
              <p class="muted">
                {formatDate(open()?.date ?? "")}
                {open()?.place ? ` · ${open()?.place}` : ""}
                {writable ? "" : ` · ${t("common.readOnly")}`}
              </p>
              <MeetingNotes bind={(el) => actions.bindNotes(id, el, !writable)} />
            </article>
          )}
        </Show>
      </div>
    </section>
  );
}
