import { createSignal, Match, Show, Switch } from "solid-js";
import { route } from "./route.ts";
import { HomePage } from "../features/home/HomePage.tsx";
import { JoinPage } from "../features/join/JoinPage.tsx";
import { WorkspaceView } from "./WorkspaceView.tsx";
import { UpdateBanner } from "../ui/UpdateBanner.tsx";
import { registerServiceWorker } from "../sync/serviceWorker.ts";
import { requestPersistentStorage } from "../sync/storageGuard.ts";
import { t } from "../i18n/index.ts";

export function App() {
  const [reload, setReload] = createSignal<(() => void) | null>(null);
  const [notPersistent, setNotPersistent] = createSignal(false);
  registerServiceWorker((fn) => setReload(() => fn));
  void requestPersistentStorage().then((s) => setNotPersistent(s.persisted === false));

  return (
    <>
      <UpdateBanner reload={reload} />
      <Show when={notPersistent()}>
        <div class="banner warn" data-testid="storage-warning">
          {t("storage.notPersistent")}
        </div>
      </Show>
      <Switch>
        <Match when={route().name === "join" && route()} keyed>
          {(r) => <JoinPage token={r.name === "join" ? r.token : ""} />}
        </Match>
        <Match when={route().name === "workspace" && route()}>
          {(r) => {
            const w = () => r() as Extract<ReturnType<typeof route>, { name: "workspace" }>;
            return <WorkspaceView ws={w().ws} section={w().section} item={w().item} />;
          }}
        </Match>
        <Match when={true}>
          <HomePage />
        </Match>
      </Switch>
    </>
  );
}
