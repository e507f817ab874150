import { createSignal, For, onCleanup, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { hrefFor } from "../../app/route.ts";
import { landingSection } from "../../app/sections.ts";
import { listSessions, SESSIONS_KEY } from "../../sync/sessions.ts";
import { LanguageToggle } from "../../ui/LanguageToggle.tsx";
import { StorageNotice } from "../../ui/StorageNotice.tsx";

/** The workspaces joined on this device; signing out lives in each workspace's header. */
export function HomePage() {
  const [sessions, setSessions] = createSignal(listSessions());
  // another tab joined or signed out: the list follows
  const onStorage = (e: StorageEvent) => (e.key === SESSIONS_KEY || e.key === null) && setSessions(listSessions());
  window.addEventListener("storage", onStorage);
  onCleanup(() => window.removeEventListener("storage", onStorage));
  return (
    <main class="page narrow">
      <header class="home-header">
        <h1>{t("app.name")}</h1>
        <LanguageToggle />
      </header>
      <p class="muted">{t("app.tagline")}</p>
      <StorageNotice />
      <h2>{t("home.title")}</h2>
      <Show when={sessions().length > 0} fallback={<p>{t("home.empty")}</p>}>
        <ul class="cards">
          <For each={sessions()}>
            {(s) => (
              <li class="card">
                <a href={hrefFor(s.payload.role === "district" ? { name: "district", space: s.payload.ws } : { name: "workspace", ws: s.payload.ws, section: landingSection(s.payload.role), item: null })}>
                  <strong>{s.payload.wilayah ? t("district.wilayah", { code: s.payload.wilayah }) : s.payload.ws}</strong>
                </a>
                <span class="muted">
                  {t(`role.${s.payload.role}`)}
                  {s.payload.opd ? ` · ${s.payload.opd}` : ""}
                  {s.name ? ` · ${s.name}` : ""}
                </span>
                <Show when={s.refused}>{(verdict) => <span class="error">{t(`sync.access.${verdict()}`)}</span>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </main>
  );
}
