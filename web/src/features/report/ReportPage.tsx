import { createMemo, createSignal, For, Show } from "solid-js";
import { monthsEndingWith, toSentReport } from "@shared/rules/report/index.ts";
import { t } from "../../i18n/index.ts";
import { navigate } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { createMonthlyReport } from "../../state/monthlyReport.ts";
import { findSession } from "../../sync/sessions.ts";
import { SendReportPanel } from "../sendReport/SendReportPanel.tsx";
import type { ExportFormat } from "../../state/exportLog.ts";
import { csvText, download, xlsxBlob } from "./exportFiles.ts";
import { ExportLog } from "./ExportLog.tsx";
import { ReportSheet } from "./ReportSheet.tsx";
import { signatories } from "./signatories.ts";
import { reportSections } from "./sections.ts";
import { formatMonth } from "./tableModel.ts";
import "./report.css";

/** How far back the month list goes. */
const MONTHS_OFFERED = 24;

/**
 * #/w/<ws>/laporan[/<YYYY-MM>]: the pokja's monthly report, for the lurah and the pokja (roles that read
 * the roster). The month is in the address, so a reload or a shared link opens the same month.
 */
export function ReportPage(props: { month: string | null }) {
  const ws = useWorkspace();
  if (!ws.roster) return <p data-testid="report-no-access">{t("report.noAccess")}</p>;
  const thisMonth = () => ws.assess.today().slice(0, 7);
  const choices = () => monthsEndingWith(thisMonth(), MONTHS_OFFERED).reverse();
  const month = () => (props.month && choices().includes(props.month) ? props.month : thisMonth());
  const state = createMonthlyReport(ws, month);
  const villageName = () => ws.meta?.profile().name || ws.id;
  const agencyName = (code: string) => ws.meta?.allAgencies().find((a) => a.code === code)?.name || code;
  const sections = createMemo(() => {
    const r = state.report();
    return r ? reportSections(r, { fallbackName: ws.id, agencyName }) : null;
  });
  // the numbers only, as the kecamatan and district receive them: the lurah reviews and sends (issue 16)
  const sentReport = createMemo(() => {
    const r = state.report();
    return r ? toSentReport(r) : null;
  });
  const session = ws.role === "lurah" ? findSession(ws.id) : undefined;
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<{ kind: "ok" | "error"; text: string } | null>(null);
  const fileName = (ext: string) => `laporan-bulanan-${ws.id}-${month()}.${ext}`;
  const title = () => `${t("report.heading")} ${villageName()}, ${formatMonth(month())}`;

  const logged = (format: ExportFormat) => {
    ws.exportLog?.record(month(), format);
    setMessage({ kind: "ok", text: t("report.exportLogged", { what: `${t(`report.format.${format}`)} ${formatMonth(month())}` }) });
  };
  const exportAs = async (format: "xlsx" | "csv") => {
    const s = sections();
    if (!s || busy()) return;
    setBusy(true);
    setMessage(null);
    try {
      const blob = format === "xlsx" ? await xlsxBlob(s, title()) : new Blob([csvText(s)], { type: "text/csv;charset=utf-8" });
      // logged once the file exists: a failed export is not one
      logged(format);
      download(blob, fileName(format));
    } catch (error) {
      setMessage({ kind: "error", text: t("report.exportFailed", { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const print = () => {
    logged("cetak");
    window.print();
  };

  return (
    <section class="report-page" data-testid="report-page">
      <header class="section-header no-print">
        <h1>{t("report.title")}</h1>
        <label class="report-month">
          <span class="field-label">{t("report.month")}</span>
          <select
            data-testid="report-month"
            value={month()}
            onChange={(e) => navigate({ name: "workspace", ws: ws.id, section: "laporan", item: e.currentTarget.value === thisMonth() ? null : e.currentTarget.value })}
          >
            <For each={choices()}>{(m) => <option value={m}>{formatMonth(m)}</option>}</For>
          </select>
        </label>
      </header>
      <p class="muted no-print">{t("report.intro")}</p>
      <div class="report-actions no-print">
        <button type="button" data-testid="report-print" disabled={!sections()} onClick={print}>{t("report.print")}</button>
        <button type="button" class="secondary" data-testid="report-xlsx" disabled={!sections() || busy()} onClick={() => void exportAs("xlsx")}>{t("report.xlsx")}</button>
        <button type="button" class="secondary" data-testid="report-csv" disabled={!sections() || busy()} onClick={() => void exportAs("csv")}>{t("report.csv")}</button>
      </div>
      <Show when={message()}>{(m) => <p class={`no-print ${m().kind === "error" ? "error" : "muted"}`} data-testid="report-message" role="status">{m().text}</p>}</Show>
      <Show when={state.progress() !== null}>
        <div class="report-progress no-print" data-testid="report-progress" role="status">
          <span>{state.report() ? t("report.updating") : t("report.computing", { percent: Math.round((state.progress() ?? 0) * 100) })}</span>
          <progress max="1" value={state.progress() ?? 0} />
        </div>
      </Show>
      <Show when={state.report() && sections()}>
        <ReportSheet report={state.report()!} sections={sections()!} villageName={villageName()} signatories={signatories(ws.meta?.members() ?? [])} />
      </Show>
      <Show when={session}>
        {(s) => (
          <div class="no-print">
            <SendReportPanel session={s()} report={sentReport()} />
          </div>
        )}
      </Show>
      <Show when={ws.exportLog}>{(log) => <ExportLog entries={log().entries()} />}</Show>
    </section>
  );
}
