/**
 * Section 6: the pokja's meetings (notulen). Meetings held in the month and their decisions; the
 * follow-ups (action items) of every meeting up to the month's end, done when the board card made
 * from the item was delivered or verified by then. An item with no card yet is open: nothing says
 * it was done. A month with no meeting recorded has no data for it (null), not "0 rapat".
 */
import type { InterventionStatus } from "../../model/intervention.ts";
import { inMonth, monthSpan } from "./month.ts";
import type { MeetingSection, ReportMeeting } from "./types.ts";

const DONE: readonly InterventionStatus[] = ["delivered", "verified"];

export function meetingSection(meetings: readonly ReportMeeting[], month: string, cardStatus: ReadonlyMap<string, InterventionStatus>): MeetingSection {
  const { last } = monthSpan(month);
  const held = meetings.filter((m) => inMonth(m.meeting.date, month)).sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || (a.meeting.id < b.meeting.id ? -1 : 1));
  let open = 0;
  let done = 0;
  for (const m of meetings) {
    if (m.meeting.date === "" || m.meeting.date > last) continue;
    for (const item of m.actions) {
      const status = item.interventionId ? cardStatus.get(item.interventionId) : undefined;
      if (status && DONE.includes(status)) done += 1;
      else open += 1;
    }
  }
  const anyItem = open + done > 0;
  return {
    rapat: held.length > 0 ? held.length : null,
    keputusan: held.length > 0 ? held.reduce((n, m) => n + m.decisions, 0) : null,
    list: held.map((m) => ({ date: m.meeting.date, title: m.meeting.title, decisions: m.decisions, actions: m.actions.length })),
    tindakLanjutTerbuka: anyItem ? open : null,
    tindakLanjutSelesai: anyItem ? done : null,
  };
}
