import { createSignal, onMount, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { navigate } from "../../app/route.ts";
import { landingSection } from "../../app/sections.ts";
import { joinWithToken } from "../../sync/sessions.ts";

/** Accepts an invite link (the token rides in the URL fragment) or a pasted link/token. */
export function JoinPage(props: { token: string }) {
  const [error, setError] = createSignal<string | null>(null);
  const [input, setInput] = createSignal("");

  const join = (raw: string) => {
    const token = raw.includes("token=") ? decodeURIComponent(raw.split("token=")[1]!.split("&")[0]!) : raw;
    const result = joinWithToken(token);
    if (!result.ok) return setError(t(`join.${result.reason}`));
    const { ws, role } = result.session.payload;
    navigate({ name: "workspace", ws, section: landingSection(role), item: null }, true);
  };

  onMount(() => {
    if (props.token) join(props.token);
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
          join(input());
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
