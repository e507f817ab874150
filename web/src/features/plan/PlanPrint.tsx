import { createMemo, For, onCleanup, Show } from "solid-js";
import { FUNDING_SOURCES, type FundingSource, type PlanActivity, type PlanYear, type WorkspaceProfile } from "@shared/model/index.ts";
import { groupThousands, type PlanProgress } from "@shared/rules/plan/index.ts";
import { formatDate, localIsoDate, t } from "../../i18n/index.ts";
import { groupLabel, monthsLabel, placeText, responsibleLabel, sourceLabel, targetText, type GroupBy } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

const ALL_SOURCES: ReadonlyArray<FundingSource | ""> = [...FUNDING_SOURCES, ""];

/**
 * The plan prints on landscape A4 while its screen is open. A named page (CSS `page:`) would be the narrower tool,
 * but Chromium starts the document on the default (portrait) page whenever the sheet's ancestors are not plain
 * block boxes, and a stylesheet of this lazy chunk would stay in the document after leaving the screen and turn
 * the notulen landscape too: so a page rule that lives exactly as long as this sheet.
 */
function useLandscapePage(): void {
  const style = document.createElement("style");
  style.dataset.planPage = "";
  style.textContent = "@page { size: A4 landscape; margin: 12mm 12mm 12mm 15mm; }";
  document.head.append(style);
  onCleanup(() => style.remove());
}

/**
 * The plan on A4 (landscape: nine columns), in the form a village files its RKM: kop, title, one table of the
 * activities under their seksi (or domain), the budget totals per source of funds, the place and date, and the
 * signatures of the lurah and the ketua pokja. Shown on screen as a preview; the print stylesheet shows only this.
 */
export function PlanPrint(props: {
  profile: WorkspaceProfile;
  fallbackName: string;
  year: PlanYear;
  groups: Array<{ key: string; activities: PlanActivity[] }>;
  groupBy: GroupBy;
  progress: PlanProgress;
}) {
  useLandscapePage();
  const name = () => (props.profile.name || props.fallbackName).toUpperCase();
  const lines = (a: PlanActivity) => a.budget.filter((l) => l.amount !== null);
  const sum = (a: PlanActivity) => lines(a).reduce((n, l) => n + l.amount!, 0);
  const sources = () => ALL_SOURCES.filter((s) => props.progress.totals.bySource[s].budget > 0);
  // numbered through the whole table, across the groups
  const numbered = createMemo(() => {
    let no = 0;
    return props.groups.map((g) => ({ key: g.key, rows: g.activities.map((a) => ({ a, no: ++no })) }));
  });
  return (
    <article class="plan-print" data-testid="plan-print">
      <header class="print-kop" data-testid="plan-print-kop">
        <strong class="print-kop-name">{name()}</strong>
        <span>{t("minutes.print.pokja")}</span>
        <Show when={props.profile.kodeWilayah}>{(kode) => <span>{t("minutes.print.kode", { kode: kode() })}</span>}</Show>
      </header>
      <h1 class="print-title" data-testid="plan-print-title">
        {tp("plan.print.heading")}
        <span>{tp("plan.print.subheading", { name: name(), year: props.year.year })}</span>
      </h1>
      <table class="print-table plan-print-table" data-testid="plan-print-table">
        <thead>
          <tr>
            <th>{tp("plan.print.col.no")}</th>
            <th>{tp("plan.print.col.activity")}</th>
            <th>{tp("plan.print.col.target")}</th>
            <th>{tp("plan.print.col.place")}</th>
            <th>{tp("plan.print.col.time")}</th>
            <th>{tp("plan.print.col.responsible")}</th>
            <th class="num">{tp("plan.print.col.budget")}</th>
            <th>{tp("plan.print.col.source")}</th>
            <th>{tp("plan.print.col.indicator")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={numbered()}>
            {(g) => (
              <>
                <tr class="plan-print-group">
                  <td colSpan={9}>{groupLabel(g.key, props.groupBy)}</td>
                </tr>
                <For each={g.rows}>
                  {({ a, no }) => (
                    <tr data-testid="plan-print-row">
                      <td>{no}</td>
                      <td>{a.title}</td>
                      <td>{[a.targetGroup, targetText(a)].filter(Boolean).join(": ")}</td>
                      <td>{placeText(a)}</td>
                      <td>{monthsLabel(a.months)}</td>
                      <td>{responsibleLabel(a.responsible)}</td>
                      <td class="num">{lines(a).length > 0 ? groupThousands(sum(a)) : ""}</td>
                      <td>{[...new Set(lines(a).map((l) => sourceLabel(l.source)))].join(", ")}</td>
                      <td>{[a.indicator, a.indicatorTarget === null ? "" : `(${groupThousands(a.indicatorTarget)})`].filter(Boolean).join(" ")}</td>
                    </tr>
                  )}
                </For>
              </>
            )}
          </For>
        </tbody>
      </table>
      <section class="print-block plan-print-sources" data-testid="plan-print-sources">
        <h2>{tp("plan.print.bySource")}</h2>
        <table class="print-table">
          <tbody>
            <For each={sources()}>
              {(s) => (
                <tr data-source={s}>
                  <td>{sourceLabel(s)}</td>
                  <td class="num">{`Rp ${groupThousands(props.progress.totals.bySource[s].budget)}`}</td>
                </tr>
              )}
            </For>
            <tr class="plan-print-total">
              <td>{tp("plan.print.total")}</td>
              <td class="num" data-testid="plan-print-total">{`Rp ${groupThousands(props.progress.totals.budget)}`}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <footer class="print-signatures plan-print-signatures">
        <div class="print-signature" data-testid="plan-print-signature-lurah">
          <span>{tp("plan.print.knowing")}</span>
          <span>{tp("plan.print.lurah")}</span>
          <span class="print-sign-space" />
          <strong>{props.year.lurahName || tp("plan.print.blankName")}</strong>
        </div>
        <div class="print-signature" data-testid="plan-print-signature-ketua">
          <span>{tp("plan.print.placeDate", { place: props.year.place || props.profile.name || props.fallbackName, date: formatDate(props.year.approvedOn || localIsoDate()) })}</span>
          <span>{tp("plan.print.ketua")}</span>
          <span class="print-sign-space" />
          <strong>{props.year.ketuaName || tp("plan.print.blankName")}</strong>
        </div>
      </footer>
    </article>
  );
}
