import { createMemo, createSignal, For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { createIrisan } from "../../state/irisan.ts";
import { findSession } from "../../sync/sessions.ts";
import { formatMonth } from "../../ui/formatMonth.ts";
import { interimDraft, recentMonths } from "./interimDraft.ts";
import { SendReportPanel } from "./SendReportPanel.tsx";
import "./sendReport.css";

/**
 * #/w/<ws>/laporan for the lurah: choose the month, review, "kirim laporan". Until the monthly report screen
 * (issue 16's report part) lands, the draft is the roster's KRS and irisan counts (interimDraft.ts); that screen
 * takes this place and renders SendReportPanel with its own SentReport.
 */
export function ReportSendPage() {
  const ws = useWorkspace();
  const session = findSession(ws.id);
  const months = recentMonths(new Date());
  // the report of a month goes up early the next month (by the 3rd, DOMAIN.md): last month first
  const [month, setMonth] = createSignal(months[1] ?? months[0]!);
  const irisan = ws.roster ? createIrisan(ws.roster[0].households, ws.assess) : null;
  const draft = createMemo(() => (irisan ? interimDraft(irisan(), month()) : null));
  return (
    <main class="page send-report-page">
      <h1>{t("nav.laporan")}</h1>
      <label class="field">
        <span class="field-label">{t("send.month")}</span>
        <select data-testid="send-month" value={month()} onChange={(e) => setMonth(e.currentTarget.value)}>
          <For each={months}>{(m) => <option value={m}>{formatMonth(m)}</option>}</For>
        </select>
      </label>
      <p class="muted">{t("send.interim")}</p>
      <Show when={session}>{(s) => <SendReportPanel session={s()} report={draft()} />}</Show>
    </main>
  );
}
