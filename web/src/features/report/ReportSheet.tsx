import { For, Show } from "solid-js";
import type { MonthlyReport } from "@shared/rules/report/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { BarChart } from "./BarChart.tsx";
import { ReportTable } from "./ReportTable.tsx";
import { formatMonth, type Section } from "./tableModel.ts";
import { TrendChart } from "./TrendChart.tsx";

/**
 * The report as a document: kop (village, pokja, kode wilayah), title and month, the seven sections,
 * and the signatures of the lurah and the ketua pokja. The same on screen and on A4 paper (report.css
 * fits every table into the page's width for print).
 */
export function ReportSheet(props: { report: MonthlyReport; sections: Section[]; villageName: string }) {
  const r = () => props.report;
  return (
    <article class="report-sheet" data-testid="report-sheet" data-month={r().identity.month}>
      <header class="report-kop" data-testid="report-kop">
        <strong>{props.villageName.toUpperCase()}</strong>
        <span>{t("report.kop.pokja")}</span>
        <Show when={r().identity.kodeWilayah}>{(kode) => <span>{t("report.kop.kode", { kode: kode() })}</span>}</Show>
      </header>
      <h1 class="report-heading" data-testid="report-heading">
        {t("report.heading")}
        <span>{t("report.monthOf", { month: formatMonth(r().identity.month) })}</span>
      </h1>
      <p class="muted report-asof">{t("report.asOf", { date: formatDate(r().identity.referenceDate), generated: formatDate(r().identity.generatedOn) })}</p>
      <For each={props.sections}>
        {(s) => (
          <section class="report-section" data-testid={`report-${s.id}`}>
            <h2>{s.title}</h2>
            <For each={s.notes}>{(note) => <p class="report-note">{note}</p>}</For>
            <For each={s.tables}>{(table) => <ReportTable table={table} />}</For>
            <Show when={s.charts.length > 0}>
              <div class="report-charts">
                <For each={s.charts}>{(c) => (c.kind === "bars" ? <BarChart id={c.id} title={c.title} unit={c.unit} bars={c.bars} /> : <TrendChart id={c.id} title={c.title} points={c.points} />)}</For>
              </div>
            </Show>
          </section>
        )}
      </For>
      <footer class="report-signatures" data-testid="report-signatures">
        <div>
          <span>{t("report.sign.known")}</span>
          <span>{t("report.sign.lurah")}</span>
          <span class="report-sign-space" />
          <strong>(..........................)</strong>
        </div>
        <div>
          <span>{t("report.sign.place", { place: props.villageName, date: formatDate(r().identity.generatedOn) })}</span>
          <span>{t("report.sign.ketua")}</span>
          <span class="report-sign-space" />
          <strong>(..........................)</strong>
        </div>
      </footer>
    </article>
  );
}
