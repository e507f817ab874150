import { createEffect, createSignal, on, onCleanup, untrack, type Accessor } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { DEFAULT_SCREENING_SETTINGS, screenFamily, toScreeningFamily, visitsOf } from "@shared/rules/index.ts";
import { referenceDate, startMonthlyReport, type MonthlyReport, type ReportContext } from "@shared/rules/report/index.ts";
import { IDLE_PRIORITY, makeIdleTask } from "./idle.ts";
import type { Workspace } from "./workspace.ts";

/**
 * The monthly report of the chosen month, computed on this device from its documents
 * (shared/src/rules/report). A 20,000-family roster is worked through in the browser's idle
 * moments (state/idle.ts: slices that stop when a key or tap waits), so the screen answers while it
 * computes; a change to the roster, board, minutes or imports starts it again (the last report stays
 * on screen meanwhile). The figures this takes are in tests/bench/REPORT.md.
 *
 * Marks for the benchmark: "rembuk:report-start" and "rembuk:report-computed" (performance.mark; the sheet
 * marks "rembuk:report-ready" once every section is painted).
 */
export interface MonthlyReportState {
  /** the last finished report (of the current month choice), null until the first one */
  report: Accessor<MonthlyReport | null>;
  /** 0..1 while computing, null when the shown report is current */
  progress: Accessor<number | null>;
}

/** The small documents' part of the input, read reactively (a change starts the report again), and the TPK visits the roster's households carry (a month with none says "tidak ada data"). */
function readContext(ws: Workspace, month: string, today: string, households: readonly Household[]): ReportContext {
  const board = ws.board?.[0];
  const minutes = ws.minutes?.[0];
  return {
    month,
    today,
    utcOffsetMinutes: -new Date().getTimezoneOffset(),
    profile: ws.meta?.profile() ?? { name: "", kodeWilayah: "" },
    batches: ws.imports?.[0].batches() ?? [],
    reviewWaiting: ws.imports?.[0].review().length ?? 0,
    board: board
      ? {
          cards: board.cards().map((c) => ({ id: c.id, agency: c.agency, status: c.status, createdAt: c.createdAt, verifiedOn: c.verification?.date ?? null })),
          needs: board.view().needs.map((n) => ({ familyId: n.familyId, createdAt: n.createdAt })),
          claims: board.view().claims,
          history: board.view().history,
        }
      : null,
    meetings: minutes
      ? minutes.meetings().map((m) => {
          const entries = minutes.minutes(m.id);
          return { meeting: m, decisions: entries.decisions.length, actions: entries.actions };
        })
      : null,
    visits: visitsOf(households),
    // read when the report is finished (syncReport): a sync badge that changes must not start it again
    sync: { online: false, pending: 0, pendingSince: null },
  };
}

function syncReport(ws: Workspace): ReportContext["sync"] {
  const sync = untrack(ws.sync);
  return { online: sync.mode === "online", pending: sync.pending, pendingSince: sync.since === null ? null : new Date(sync.since).toISOString() };
}

export function createMonthlyReport(ws: Workspace, month: Accessor<string>): MonthlyReportState {
  const [report, setReport] = createSignal<MonthlyReport | null>(null);
  const [progress, setProgress] = createSignal<number | null>(0);
  let cancel: (() => void) | null = null;
  onCleanup(() => cancel?.());

  // a new month shows nothing of the old one
  createEffect(on(month, () => setReport(null), { defer: true }));

  createEffect(() => {
    const m = month();
    const households: readonly Household[] = ws.roster?.[0].households() ?? [];
    if (!ws.rosterLoaded()) return;
    ws.assess.generation();
    const today = ws.assess.today();
    const settings = ws.meta?.screening() ?? DEFAULT_SCREENING_SETTINGS;
    const context = readContext(ws, m, today, households);
    untrack(() => {
      cancel?.();
      const reference = referenceDate(m, today);
      if (reference === null) {
        setProgress(null);
        return;
      }
      performance.mark("rembuk:report-start");
      setProgress(0);
      const builder = startMonthlyReport(context);
      let next = 0;
      // the assessor's cached results are today's: a past month screens again on its own last day
      const screeningToday = reference === today;
      cancel = makeIdleTask((shouldYield) => {
        while (next < households.length) {
          const h = households[next++]!;
          const assessment = ws.assess.of(h);
          builder.add({ household: h, screening: screeningToday ? assessment.screening : screenFamily(toScreeningFamily(h), settings, reference), children: assessment.children });
          if ((next & 63) === 0 && shouldYield()) {
            setProgress(next / households.length);
            return false;
          }
        }
        const done = builder.finish();
        done.identity.sync = syncReport(ws);
        setReport(done);
        setProgress(null);
        cancel = null;
        performance.mark("rembuk:report-computed");
        return true;
      }, IDLE_PRIORITY.screen);
    });
  });
  return { report, progress };
}
