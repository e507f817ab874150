import { createSignal, onMount, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { navigate } from "../../app/route.ts";
import { landingSection } from "../../app/sections.ts";
import { joinWithToken, learnName } from "../../sync/sessions.ts";

/**
 * Accepts an invite link (the token rides in the URL fragment, which never reaches a server) or a pasted
 * link/token. The token carries no name: the relay is asked for it (GET /api/me) before the workspace
 * opens, so what this device signs carries the name the relay expects; offline, the role stands in until later.
 */
export function JoinPage(props: { token: string }) {
  const [error, setError] = createSignal<string | null>(null);
  const [input, setInput] = createSignal("");

  const join = async (raw: string) => {
    const token = raw.includes("token=") ? decodeURIComponent(raw.split("token=")[1]!.split("&")[0]!) : raw;
    const result = joinWithToken(token);
    if (!result.ok) return setError(t(`join.${result.reason}`));
    if (result.session.name === null && navigator.onLine) await learnName(result.session);
    const { ws, role } = result.session.payload;
    if (role === "district") navigate({ name: "district", space: ws }, true);
    else navigate({ name: "workspace", ws, section: landingSection(role), item: null }, true);
  };

  onMount(() => {
    if (props.token) void join(props.token);
  });

  return (
    <main class="page narrow">
      <h1>{t("join.title")}</h1>
      <Show when={error()}>
        <p class="error" role="alert" data-testid="join-error">
          {error()}
        </p>
      </Show>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void join(input());
        }}
      >
        <label class="field">
          <span class="field-label">{t("join.paste")}</span>
          <input value={input()} onInput={(e) => setInput(e.currentTarget.value)} />
        </label>
        <button type="submit">{t("join.submit")}</button>
      </form>
    </main>
  );
}
