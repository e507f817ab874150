import { createResource, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import { QR_OPTIONS } from "./qrOptions.ts";

/**
 * The link as a QR code for a kader's camera. uqr is loaded on first use, so the QR encoder
 * stays out of the app's first load; its SVG is our own output, not the user's text.
 */
export function InviteQr(props: { link: string; name: string }) {
  const [svg] = createResource(
    () => props.link,
    async (link) => (await import("uqr")).renderSVG(link, QR_OPTIONS),
  );
  return (
    <figure class="invite-qr-figure">
      <Show when={svg()}>
        {(markup) => <div class="invite-qr" role="img" aria-label={t("invite.qr", { name: props.name })} data-testid="invite-qr" innerHTML={markup()} />}
      </Show>
      <figcaption class="muted">{t("invite.qrHint")}</figcaption>
    </figure>
  );
}
