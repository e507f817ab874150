import { createSignal, Match, Switch } from "solid-js";
import { route } from "./route.ts";
import { HomePage } from "../features/home/HomePage.tsx";
import { JoinPage } from "../features/join/JoinPage.tsx";
import { WorkspaceView } from "./WorkspaceView.tsx";
import { UpdateBanner } from "../ui/UpdateBanner.tsx";
import { registerServiceWorker } from "../sync/serviceWorker.ts";
import { checkPersistentStorage } from "../ui/StorageNotice.tsx";

export function App() {
  const [reload, setReload] = createSignal<(() => void) | null>(null);
  registerServiceWorker((fn) => setReload(() => fn));
  checkPersistentStorage();

  return (
    <>
      <UpdateBanner reload={reload} />
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
