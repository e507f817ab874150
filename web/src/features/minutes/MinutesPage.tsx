import { createSignal, For, Show } from "solid-js";
import { formatDate, t } from "../../i18n/index.ts";
import { hrefFor, navigate } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { FirstSyncNotice } from "../../ui/FirstSyncNotice.tsx";
import { MeetingForm } from "./MeetingForm.tsx";
import { MeetingPage } from "./MeetingPage.tsx";
import { MemberDirectory } from "./MemberDirectory.tsx";

/** Meetings, newest first, and the open one. The lurah also keeps the member directory here. */
export function MinutesPage(props: { meetingId: string | null }) {
  const ws = useWorkspace();
  const [state, actions] = ws.minutes!;
  const writable = ws.canWrite("minutes");
  const [adding, setAdding] = createSignal(false);
  const meta = ws.meta;

  return (
    <section class="split minutes-page">
      <div class="no-print">
        <header class="section-header">
          <h1>{t("minutes.title")}</h1>
          <Show when={writable && !adding() && ws.firstSync("minutes") !== "loading"}>
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
        <Show
          when={state.meetings().length > 0}
          fallback={
            <Show when={ws.firstSync("minutes") === "done"} fallback={<FirstSyncNotice what="minutes" state={ws.firstSync("minutes") === "offline" ? "offline" : "loading"} />}>
              <p>{t("minutes.empty")}</p>
            </Show>
          }
        >
          <ul class="cards">
            <For each={state.meetings()}>
              {(m) => (
                <li class="card" classList={{ active: m.id === props.meetingId }}>
                  <a href={hrefFor({ name: "workspace", ws: ws.id, section: "notulen", item: m.id })} data-testid="meeting-link">
                    <strong>{m.title}</strong>
                  </a>
                  <span class="muted">
                    {formatDate(m.date)}
                    {m.time ? `, ${m.time}` : ""}
                    {m.place ? ` · ${m.place}` : ""}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={meta && ws.canWrite("meta") && meta}>
          {(md) => (
            <MemberDirectory
              members={md().members()}
              revoked={md().revokedMembers()}
              agencies={md().agencies()}
              onAdd={(f) => void md().actions.addMember(f)}
              onUpdate={(id, patch) => void md().actions.updateMember(id, patch)}
              onRemove={(id) => void md().actions.removeMember(id)}
            />
          )}
        </Show>
      </div>
      <div>
        {/* keyed on the id only: a title edit elsewhere must not rebind the notes under the writer's caret */}
        <Show when={props.meetingId && state.meetings().some((m) => m.id === props.meetingId) && props.meetingId} keyed fallback={<p class="muted no-print">{t("minutes.choose")}</p>}>
          {(id) => <MeetingPage id={id} />}
        </Show>
      </div>
    </section>
  );
}
