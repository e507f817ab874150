import { ErrorBoundary, Show, Suspense } from "solid-js";
import { findSession, forgetSession } from "../sync/sessions.ts";
import { wipeCachedOverview } from "../sync/districtCache.ts";
import { wipeExportLog } from "../sync/districtApi.ts";
import { HomePage } from "../features/home/HomePage.tsx";
import { DistrictPage } from "./screens.ts";
import { ScreenLoadError } from "./ScreenLoadError.tsx";
import { navigate } from "./route.ts";
import { t } from "../i18n/index.ts";

/**
 * #/wilayah/<space>: a district user's app (role district). No village tab, no village document: the reports
 * of the villages under its kode wilayah, from the relay or, offline, as last fetched. A lazy chunk.
 */
export function DistrictView(props: { space: string }) {
  return (
    <Show when={findSession(props.space)?.payload.role === "district" && findSession(props.space)} keyed fallback={<HomePage />}>
      {(session) => {
        const signOut = async () => {
          await wipeCachedOverview(session.payload.ws);
          wipeExportLog(session.payload.ws);
          forgetSession(session.payload.ws);
          navigate({ name: "home" }, true);
        };
        return (
          <ErrorBoundary fallback={<ScreenLoadError />}>
            <Suspense fallback={<p class="page muted">{t("district.loading")}</p>}>
              <DistrictPage session={session} onSignOut={signOut} />
            </Suspense>
          </ErrorBoundary>
        );
      }}
    </Show>
  );
}
