import { createMemo, createSignal, For, Show } from "solid-js";
import { districtRows, sortDistrictRows, DISTRICT_COLUMNS, villageTrend, type DistrictColumn, type SortKey } from "@shared/rules/districtView.ts";
import { formatDateTime, formatNumber, t } from "../../i18n/index.ts";
import { createDistrictState } from "../../state/district.ts";
import { logExport } from "../../sync/districtApi.ts";
import type { Session } from "../../sync/sessions.ts";
import { LanguageToggle } from "../../ui/LanguageToggle.tsx";
import { formatMonth } from "../../ui/formatMonth.ts";
import { DistrictStaff } from "./DistrictStaff.tsx";
import { DistrictTable } from "./DistrictTable.tsx";
import { TrendChart } from "./TrendChart.tsx";
import { formatValue, previousMonth } from "./format.ts";
import "./district.css";

/**
 * A district user's screen (issue 16): the villages under its kode wilayah x the month's indicators, who has not
 * reported, a village's 12-month trend, XLSX export. Aggregates only, from the relay (or, offline, as last fetched).
 */
export function DistrictPage(props: { session: Session; onSignOut: () => void }) {
  const state = createDistrictState(props.session);
  const wilayah = props.session.payload.wilayah ?? props.session.payload.ws;
  const [chosenMonth, setChosenMonth] = createSignal<string | null>(null);
  const [sort, setSort] = createSignal<{ key: SortKey; direction: "asc" | "desc" }>({ key: "kodeWilayah", direction: "asc" });
  const [open, setOpen] = createSignal<string | null>(null);
  const [trendColumn, setTrendColumn] = createSignal<DistrictColumn>("prevalensi");
  const [exportNote, setExportNote] = createSignal<string | null>(null);

  const months = () => [...(state.overview()?.months ?? [])].reverse();
  // the report month is last month's (sent by the 3rd of the next, DOMAIN.md) unless one is chosen
  const month = () => chosenMonth() ?? (months()[0] ? previousMonth(months()[0]!) : "");
  const rows = createMemo(() => {
    const overview = state.overview();
    return overview ? districtRows(overview, month()) : [];
  });
  const sorted = createMemo(() => sortDistrictRows(rows(), sort().key, sort().direction));
  const missing = createMemo(() => rows().filter((r) => r.report === null));
  const onSort = (key: SortKey) => setSort((s) => ({ key, direction: s.key === key && s.direction === "asc" ? "desc" : key === "name" || key === "kodeWilayah" ? "asc" : s.key === key ? "asc" : "desc" }));
  const openRow = () => rows().find((r) => r.workspace === open()) ?? null;

  const exportXlsx = async () => {
    setExportNote(null);
    try {
      const { exportDistrictXlsx } = await import("./exportXlsx.ts");
      await exportDistrictXlsx(sorted(), wilayah, month());
      const logged = await logExport(props.session.payload.ws, props.session.token, { month: month(), villages: rows().length, at: new Date().toISOString() });
      setExportNote(t(logged === "logged" ? "district.exportLogged" : "district.exportQueued"));
    } catch (e) {
      setExportNote(t("district.exportFailed", { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <main class="page district-page" data-testid="district-page">
      <header class="district-header">
        <div>
          <h1>{t("district.title")}</h1>
          <p class="muted">
            {t("district.wilayah", { code: wilayah })} · {t("role.district")}
            {props.session.name ? ` · ${props.session.name}` : ""}
          </p>
        </div>
        <div class="district-actions">
          <LanguageToggle />
          <button type="button" onClick={props.onSignOut} data-testid="district-sign-out">
            {t("district.signOut")}
          </button>
        </div>
      </header>

      <p class="district-status" data-testid="district-status" data-status={state.status()}>
        <Show when={state.status() === "loading" && !state.overview()}>{t("district.loading")}</Show>
        <Show when={state.status() === "fresh" && state.fetchedAt()}>{(at) => t("district.fetchedAt", { date: formatDateTime(at()) })}</Show>
        <Show when={state.status() === "offline"}>
          {state.fetchedAt() ? t("district.offline", { date: formatDateTime(state.fetchedAt()!) }) : t("district.neverFetched")}
        </Show>
        <Show when={state.status() === "refused"}>
          <span class="error" role="alert">{t("district.fetchFailed", { message: state.error() ?? "" })}</span>
        </Show>{" "}
        <button type="button" class="link" onClick={() => void state.refresh()}>
          {t("district.refresh")}
        </button>
      </p>

      <Show when={state.overview()}>
        {(overview) => (
          <>
            <div class="district-controls">
              <label class="field">
                <span class="field-label">{t("district.month")}</span>
                <select data-testid="district-month" value={month()} onChange={(e) => setChosenMonth(e.currentTarget.value)}>
                  <For each={months()}>{(m) => <option value={m}>{formatMonth(m)}</option>}</For>
                </select>
              </label>
              <button type="button" data-testid="district-export" onClick={() => void exportXlsx()} disabled={rows().length === 0}>
                {t("district.export")}
              </button>
            </div>
            <Show when={exportNote()}>{(note) => <p role="status" data-testid="district-export-note">{note()}</p>}</Show>
            <Show when={rows().length > 0} fallback={<p>{t("district.none")}</p>}>
              <p data-testid="district-summary">
                {t("district.summary", { reported: formatNumber(rows().length - missing().length), total: formatNumber(rows().length), month: formatMonth(month()) })}
              </p>
              <details class="district-missing" data-testid="district-not-reported" open={missing().length > 0 && missing().length <= 20}>
                <summary>{missing().length > 0 ? t("district.notReportedTitle", { n: formatNumber(missing().length) }) : t("district.allReported")}</summary>
                <ul>
                  <For each={missing()}>
                    {(r) => (
                      <li>
                        {r.name} <span class="muted">{r.kodeWilayah}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </details>
              <Show when={openRow()}>
                {(row) => (
                  <section class="district-trend" data-testid="district-trend">
                    <header>
                      <h2>{t("district.trendOf", { name: row().name })}</h2>
                      <button type="button" onClick={() => setOpen(null)}>
                        {t("district.close")}
                      </button>
                    </header>
                    <label class="field">
                      <span class="field-label">{t("district.trendIndicator")}</span>
                      <select value={trendColumn()} onChange={(e) => setTrendColumn(e.currentTarget.value as DistrictColumn)}>
                        <For each={DISTRICT_COLUMNS}>{(c) => <option value={c}>{t(`district.col.${c}`)}</option>}</For>
                      </select>
                    </label>
                    <TrendChart
                      points={villageTrend(overview(), row().workspace, trendColumn())}
                      format={(v) => formatValue(trendColumn(), v)}
                      label={`${t("district.trendOf", { name: row().name })}: ${t(`district.col.${trendColumn()}`)}`}
                    />
                  </section>
                )}
              </Show>
              <DistrictTable rows={sorted()} sort={sort()} onSort={onSort} onOpen={setOpen} />
            </Show>
          </>
        )}
      </Show>
      <DistrictStaff session={props.session} wilayah={wilayah} />
    </main>
  );
}
