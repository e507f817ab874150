import { createSignal, For, Show } from "solid-js";
import type { Attendee, AttendeeFields } from "@shared/model/index.ts";
import type { DirectoryMember } from "../../state/meta.ts";
import { t } from "../../i18n/index.ts";

/** Who came: members picked from the workspace directory, and guests typed by name and agency. */
export function AttendeesPanel(props: {
  attendees: Attendee[];
  members: DirectoryMember[];
  readOnly: boolean;
  onAdd: (fields: AttendeeFields) => void;
  onRemove: (id: string) => void;
}) {
  const [memberId, setMemberId] = createSignal("");
  const [guest, setGuest] = createSignal("");
  const [guestAgency, setGuestAgency] = createSignal("");
  const absent = () => props.members.filter((m) => !props.attendees.some((a) => a.memberId === m.id));
  const addMember = () => {
    const m = props.members.find((x) => x.id === memberId());
    if (!m) return;
    props.onAdd({ memberId: m.id, name: m.name, agency: m.agency, position: m.position || t(`role.${m.role}`) });
    setMemberId("");
  };
  const addGuest = () => {
    if (!guest().trim()) return;
    props.onAdd({ memberId: "", name: guest().trim(), agency: guestAgency().trim(), position: t("minutes.guest") });
    setGuest("");
    setGuestAgency("");
  };
  return (
    <section data-testid="attendees">
      <h3>{t("minutes.attendees", { count: props.attendees.length })}</h3>
      <Show when={props.attendees.length > 0} fallback={<p class="muted">{t("minutes.noAttendees")}</p>}>
        <ol class="minutes-list">
          <For each={props.attendees}>
            {(a) => (
              <li data-testid="attendee">
                <span>
                  <strong>{a.name}</strong>
                  <span class="muted">{[a.position, a.agency].filter(Boolean).join(" · ")}</span>
                </span>
                <Show when={!props.readOnly}>
                  <button type="button" class="link-button" aria-label={t("minutes.removeNamed", { name: a.name })} onClick={() => props.onRemove(a.id)}>
                    {t("common.delete")}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={!props.readOnly}>
        <div class="inline-form">
          <select name="attendeeMember" aria-label={t("minutes.pickMember")} value={memberId()} onChange={(e) => setMemberId(e.currentTarget.value)}>
            <option value="">{t("minutes.pickMember")}</option>
            <For each={absent()}>{(m) => <option value={m.id}>{m.agency ? `${m.name} (${m.agency})` : m.name}</option>}</For>
          </select>
          <button type="button" class="secondary" disabled={!memberId()} onClick={addMember}>
            {t("common.add")}
          </button>
        </div>
        <form class="inline-form" onSubmit={(e) => (e.preventDefault(), addGuest())}>
          <input name="guestName" placeholder={t("minutes.guestName")} aria-label={t("minutes.guestName")} value={guest()} onInput={(e) => setGuest(e.currentTarget.value)} />
          <input name="guestAgency" placeholder={t("minutes.guestAgency")} aria-label={t("minutes.guestAgency")} value={guestAgency()} onInput={(e) => setGuestAgency(e.currentTarget.value)} />
          <button type="submit" class="secondary">
            {t("minutes.addGuest")}
          </button>
        </form>
      </Show>
    </section>
  );
}
