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
// the irisan is a report few open each day: its own chunk
export const IrisanPage = lazy(() => import("../features/irisan/IrisanPage.tsx").then((m) => ({ default: m.IrisanPage })));
