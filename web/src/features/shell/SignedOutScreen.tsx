import { t } from "../../i18n/index.ts";

/** In place of a workspace another tab signed out of: its data is gone from the device, and none of it shows here. */
export function SignedOutScreen(props: { name: string }) {
  return (
    <main class="page narrow" data-testid="signed-out-elsewhere">
      <h1>{t("ended.title", { ws: props.name })}</h1>
      <p>{t("ended.body")}</p>
      <a class="button-link" href="#/">
        {t("ended.home")}
      </a>
    </main>
  );
}
