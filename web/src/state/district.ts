import { createSignal, onCleanup, type Accessor } from "solid-js";
import type { DistrictOverview } from "@shared/rules/districtView.ts";
import { DistrictApiError, fetchOverview, flushExportLog } from "../sync/districtApi.ts";
import { readCachedOverview, writeCachedOverview } from "../sync/districtCache.ts";
import type { Session } from "../sync/sessions.ts";

/**
 * A district device's reports: the last fetched overview from IndexedDB first (readable offline), then the
 * relay's. `status` says which is shown; a refused token (401) is final and says so.
 */
export interface DistrictState {
  overview: Accessor<DistrictOverview | null>;
  fetchedAt: Accessor<number | null>;
  status: Accessor<"loading" | "fresh" | "offline" | "refused">;
  error: Accessor<string | null>;
  refresh(): Promise<void>;
}

/** This month on the device, YYYY-MM: the overview's window ends here. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

export function createDistrictState(session: Session): DistrictState {
  const space = session.payload.ws;
  const [overview, setOverview] = createSignal<DistrictOverview | null>(null);
  const [fetchedAt, setFetchedAt] = createSignal<number | null>(null);
  const [status, setStatus] = createSignal<"loading" | "fresh" | "offline" | "refused">("loading");
  const [error, setError] = createSignal<string | null>(null);
  let fetchedFresh = false;

  void readCachedOverview(space).then((cached) => {
    // the relay's answer may have come first: never replace it with the older copy
    if (!cached || fetchedFresh) return;
    setOverview(cached.overview);
    setFetchedAt(cached.fetchedAt);
  });

  const refresh = async () => {
    try {
      const next = await fetchOverview(session.token, currentMonth());
      fetchedFresh = true;
      const at = Date.now();
      setOverview(next);
      setFetchedAt(at);
      setStatus("fresh");
      setError(null);
      void writeCachedOverview(space, { overview: next, fetchedAt: at });
      void flushExportLog(space, session.token);
    } catch (e) {
      const refused = e instanceof DistrictApiError && (e.status === 401 || e.status === 403);
      setStatus(refused ? "refused" : "offline");
      setError(e instanceof DistrictApiError ? e.message : null);
    }
  };
  void refresh();
  const online = () => void refresh();
  window.addEventListener("online", online);
  onCleanup(() => window.removeEventListener("online", online));
  return { overview, fetchedAt, status, error, refresh };
}
