import { createSignal, For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { hrefFor } from "../../app/route.ts";
import { listSessions } from "../../sync/sessions.ts";
import { LanguageToggle } from "../../ui/LanguageToggle.tsx";

/** The workspaces joined on this device; signing out lives in each workspace's header. */
export function HomePage() {
  const [sessions] = createSignal(listSessions());
  return (
    <main class="page narrow">
      <header class="home-header">
        <h1>{t("app.name")}</h1>
        <LanguageToggle />
      </header>
      <p class="muted">{t("app.tagline")}</p>
      <h2>{t("home.title")}</h2>
      <Show when={sessions().length > 0} fallback={<p>{t("home.empty")}</p>}>
        <ul class="cards">
          <For each={sessions()}>
            {(s) => (
              <li class="card">
                <a href={hrefFor({ name: "workspace", ws: s.payload.ws, section: "keluarga", item: null })}>
                  <strong>{s.payload.ws}</strong>
                </a>
                <span class="muted">
                  {t(`role.${s.payload.role}`)}
                  {s.payload.opd ? ` · ${s.payload.opd}` : ""}
                  {s.payload.name ? ` · ${s.payload.name}` : ""}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </main>
  );
}
