import { createEffect, createMemo, createSignal, For, on, onCleanup, Show } from "solid-js";
import type { MonthlyReport } from "@shared/rules/report/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { BarChart } from "./BarChart.tsx";
import { ReportTable } from "./ReportTable.tsx";
import { formatMonth, type Section } from "./tableModel.ts";
import { TrendChart } from "./TrendChart.tsx";

/**
 * The report as a document: kop (village, pokja, kode wilayah), title and month, the eight sections,
 * and the signatures of the lurah and the ketua pokja. The same on screen and on A4 paper (report.css
 * fits every table into the page's width for print).
 */
export function ReportSheet(props: { report: MonthlyReport; sections: Section[]; villageName: string; signatories?: { lurah: string | null; ketua: string | null } }) {
  const r = () => props.report;
  // A table (or a section's charts) per task: a report has thousands of cells (8 RW x 15 RT x 7 tables),
  // and painting them all in one task would hold a tap for half a second on a slow phone; between two
  // parts a tap is answered (tests/bench/REPORT.md).
  const layout = createMemo(() => {
    let n = 0;
    const starts = props.sections.map((s) => {
      const at = n;
      n += Math.max(1, s.tables.length + (s.charts.length > 0 ? 1 : 0));
      return at;
    });
    return { starts, parts: n };
  });
  const parts = () => layout().parts;
  const [shown, setShown] = createSignal(0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(
    on(
      () => props.sections,
      () => {
        clearTimeout(timer);
        setShown(1);
        const next = () => {
          if (shown() >= parts()) {
            performance.mark("rembuk:report-ready");
            return;
          }
          setShown((n) => n + 1);
          timer = setTimeout(next, 0);
        };
        timer = setTimeout(next, 0);
      },
    ),
  );
  const complete = () => shown() >= parts();
  // printing (the button or the browser's own menu) gets the whole report at once
  const showAll = () => setShown(parts());
  window.addEventListener("beforeprint", showAll);
  onCleanup(() => window.removeEventListener("beforeprint", showAll));
  return (
    <article class="report-sheet" data-testid="report-sheet" data-month={r().identity.month} data-complete={complete() ? "true" : "false"} aria-busy={!complete()}>
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
        {(s, i) => {
          const start = () => layout().starts[i()] ?? 0;
          return (
            <Show when={shown() > start()}>
              <section class="report-section" data-testid={`report-${s.id}`}>
                <h2>{s.title}</h2>
                <For each={s.notes}>{(note) => <p class="report-note">{note}</p>}</For>
                <For each={s.tables.slice(0, shown() - start())}>{(table) => <ReportTable table={table} />}</For>
                <Show when={s.charts.length > 0 && shown() > start() + s.tables.length}>
                  <div class="report-charts">
                    <For each={s.charts}>{(c) => (c.kind === "bars" ? <BarChart id={c.id} title={c.title} unit={c.unit} bars={c.bars} /> : <TrendChart id={c.id} title={c.title} points={c.points} />)}</For>
                  </div>
                </Show>
              </section>
            </Show>
          );
        }}
      </For>
      <footer class="report-signatures" data-testid="report-signatures" hidden={!complete()}>
        <div>
          <span>{t("report.sign.known")}</span>
          <span>{t("report.sign.lurah")}</span>
          <span class="report-sign-space" />
          <strong data-testid="report-sign-lurah">({props.signatories?.lurah ?? ".........................."})</strong>
        </div>
        <div>
          <span>{t("report.sign.place", { place: props.villageName, date: formatDate(r().identity.generatedOn) })}</span>
          <span>{t("report.sign.ketua")}</span>
          <span class="report-sign-space" />
          <strong data-testid="report-sign-ketua">({props.signatories?.ketua ?? ".........................."})</strong>
        </div>
      </footer>
    </article>
  );
}
