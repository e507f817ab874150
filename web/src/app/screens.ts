import { lazy } from "solid-js";
import { cacheDeferredChunks } from "../sync/deferredChunks.ts";

/**
 * The workspace's screens that are not its first screen load as their own chunks, so a phone on a weak
 * link downloads the roster (the first screen of a kader) and not every screen before it can paint
 * (tests/bench/BUNDLE.md). The service worker precaches these small chunks at install, so they still
 * open offline. The map is also kept out of that install (it is 1 MB): see web/src/sync/deferredChunks.ts.
 */
// Opened before the idle warm-up, the map is cached on this first use (its files are in the HTTP
// cache by now, so this costs no download), and opens offline from then on.
export const loadMapPage = () =>
  import("../features/map/MapPage.tsx").then((m) => {
    cacheDeferredChunks().catch(() => undefined);
    return m;
  });
export const MapPage = lazy(() => loadMapPage().then((m) => ({ default: m.MapPage })));
export const HouseholdPage = lazy(() => import("../features/household/HouseholdPage.tsx").then((m) => ({ default: m.HouseholdPage })));
export const BoardPage = lazy(() => import("../features/board/BoardPage.tsx").then((m) => ({ default: m.BoardPage })));
export const MinutesPage = lazy(() => import("../features/minutes/MinutesPage.tsx").then((m) => ({ default: m.MinutesPage })));
export const InvitesPage = lazy(() => import("../features/invites/InvitesPage.tsx").then((m) => ({ default: m.InvitesPage })));
export const SettingsPage = lazy(() => import("../features/settings/SettingsPage.tsx").then((m) => ({ default: m.SettingsPage })));
// issue 16: the district's whole screen (a district device loads nothing else)
export const DistrictPage = lazy(() => import("../features/district/DistrictPage.tsx").then((m) => ({ default: m.DistrictPage })));
// a kader's own list of families due a visit
export const MyVisitsPage = lazy(() => import("../features/visits/MyVisitsPage.tsx").then((m) => ({ default: m.MyVisitsPage })));
// the irisan is a report few open each day: its own chunk
export const IrisanPage = lazy(() => import("../features/irisan/IrisanPage.tsx").then((m) => ({ default: m.IrisanPage })));
// the import wizard and its review (papaparse, read-excel-file and the matcher live in its worker): opened when a list comes
export const ImportPage = lazy(() => import("../features/import/ImportPage.tsx").then((m) => ({ default: m.ImportPage })));
// the monthly report (its computation, print view, XLSX/CSV export; write-excel-file loads on the first export)
export const ReportPage = lazy(() => import("../features/report/ReportPage.tsx").then((m) => ({ default: m.ReportPage })));

/**
 * The screens a pokja member opens next, fetched into memory once the first screen has painted and the phone is
 * idle. The service worker's install also stores them, but a first visit that loses signal before that install
 * has finished (a kader who joins at the posyandu and walks out of range) would otherwise find no family page
 * after "Tambah keluarga". Returns a cancel for the idle callback.
 */
export function preloadScreensWhenIdle(screens: ReadonlyArray<{ preload: () => unknown }>): () => void {
  const run = () => {
    for (const screen of screens) Promise.resolve(screen.preload()).catch(() => undefined);
  };
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 1000);
  return () => clearTimeout(handle);
}
