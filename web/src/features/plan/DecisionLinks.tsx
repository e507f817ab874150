import { createMemo, createSignal, For, Show } from "solid-js";
import type { DecisionRef, Meeting } from "@shared/model/index.ts";
import { formatDate } from "../../i18n/index.ts";
import type { Minutes } from "../../state/minutes.ts";
import { tp } from "../../i18n/plan.ts";

/** The meeting decisions the activity carries out (notulen): linked by their ids, read from the minutes. */
export function DecisionLinks(props: {
  refs: DecisionRef[];
  meetings: Meeting[];
  minutes: (meetingId: string) => Minutes;
  readOnly: boolean;
  onLink: (meetingId: string, decisionId: string, linked: boolean) => void;
}) {
  const [meetingId, setMeetingId] = createSignal("");
  const [decisionId, setDecisionId] = createSignal("");
  const meeting = (id: string) => props.meetings.find((m) => m.id === id);
  const decisionText = (ref: DecisionRef) => props.minutes(ref.meetingId).decisions.find((d) => d.id === ref.decisionId)?.text;
  const choices = createMemo(() => (meetingId() ? props.minutes(meetingId()).decisions.filter((d) => !props.refs.some((r) => r.meetingId === meetingId() && r.decisionId === d.id)) : []));
  return (
    <section class="plan-section" data-testid="plan-decisions">
      <h3>{tp("plan.decisions.title")}</h3>
      <Show when={props.refs.length > 0} fallback={<p class="muted">{tp("plan.decisions.none")}</p>}>
        <ul class="cards">
          <For each={props.refs}>
            {(ref) => (
              <li class="card" data-testid="plan-decision">
                <span>{decisionText(ref) ?? tp("plan.decisions.gone")}</span>
                <span class="muted">{meeting(ref.meetingId) ? `${meeting(ref.meetingId)!.title}, ${formatDate(meeting(ref.meetingId)!.date)}` : ""}</span>
                <Show when={!props.readOnly}>
                  <button type="button" class="link-button" onClick={() => props.onLink(ref.meetingId, ref.decisionId, false)}>
                    {tp("plan.decisions.unlink")}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!props.readOnly && props.meetings.length > 0}>
        <div class="inline-form">
          <select name="decisionMeeting" aria-label={tp("plan.decisions.meeting")} value={meetingId()} onChange={(e) => (setMeetingId(e.currentTarget.value), setDecisionId(""))}>
            <option value="">{tp("plan.decisions.meeting")}</option>
            <For each={props.meetings}>{(m) => <option value={m.id}>{`${m.title}, ${formatDate(m.date)}`}</option>}</For>
          </select>
          <select name="decision" aria-label={tp("plan.decisions.decision")} value={decisionId()} disabled={choices().length === 0} onChange={(e) => setDecisionId(e.currentTarget.value)}>
            <option value="">{tp("plan.decisions.decision")}</option>
            <For each={choices()}>{(d) => <option value={d.id}>{d.text}</option>}</For>
          </select>
          <button type="button" class="secondary" disabled={!decisionId()} onClick={() => (props.onLink(meetingId(), decisionId(), true), setDecisionId(""))}>
            {tp("plan.decisions.link")}
          </button>
        </div>
      </Show>
    </section>
  );
}
