import { createSignal, For, onCleanup, Show } from "solid-js";
import type { RelayAddress } from "@shared/rules/invite/addresses.ts";
import { t, type MessageKey } from "../../i18n/index.ts";
import { InviteQr } from "./InviteQr.tsx";
import "./invites.css";

function baseLabel(a: RelayAddress): string {
  return t(`invite.base.${a.kind}` as MessageKey, { url: a.url, iface: a.interface ?? "" });
}

/** Copies with the Clipboard API, or (plain http on the LAN has none) by selecting the field and copying. */
async function copyText(text: string, field: HTMLInputElement | undefined): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the selection */
  }
  if (!field) return false;
  field.focus();
  field.select();
  return document.execCommand("copy");
}

/**
 * A created invite: which relay address the link carries (the lurah picks; the best guess is
 * preselected), the link, its QR code, share (where the browser has the Web Share API, e.g. to
 * WhatsApp) and copy with visible feedback.
 */
export function InviteShare(props: { name: string; link: string; bases: RelayAddress[]; base: string; onBase(url: string): void }) {
  const [feedback, setFeedback] = createSignal<{ ok: boolean; text: string } | null>(null);
  let field: HTMLInputElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const say = (ok: boolean, text: string) => {
    setFeedback({ ok, text });
    clearTimeout(timer);
    timer = setTimeout(() => setFeedback(null), 4000);
  };
  const selected = () => props.bases.find((b) => b.url === props.base);
  const canShare = typeof navigator.share === "function";

  const copy = async () => {
    const ok = await copyText(props.link, field);
    say(ok, ok ? t("invite.copied") : t("invite.copyFailed"));
  };
  const share = async () => {
    try {
      await navigator.share({ title: t("invite.shareTitle"), text: t("invite.shareText", { name: props.name }), url: props.link });
    } catch (e) {
      // closing the share sheet is not a failure
      if ((e as Error).name !== "AbortError") say(false, t("invite.shareFailed", { reason: (e as Error).message }));
    }
  };

  return (
    <div class="panel invite-share" data-testid="invite-created">
      <p>{t("invites.link", { name: props.name })}</p>
      <Show when={props.bases.length > 1}>
        <label class="field">
          <span>{t("invite.base")}</span>
          <select data-testid="invite-base" value={props.base} onChange={(e) => props.onBase(e.currentTarget.value)}>
            <For each={props.bases}>{(b) => <option value={b.url} selected={b.url === props.base}>{baseLabel(b)}</option>}</For>
          </select>
        </label>
      </Show>
      <Show when={selected()?.kind === "loopback"}>
        <p class="warning-text" data-testid="invite-base-warning">{t(props.bases.length > 1 ? "invite.loopbackWarning" : "invite.loopbackOnly")}</p>
      </Show>
      <Show when={selected()?.kind !== "loopback" && props.link.startsWith("http://")}>
        <p class="muted">{t("invite.httpHint")}</p>
      </Show>
      <input readOnly value={props.link} data-testid="invite-link" aria-label={t("invites.link", { name: props.name })} ref={(el) => (field = el)} onFocus={(e) => e.currentTarget.select()} />
      <div class="actions">
        <button type="button" data-testid="invite-copy" onClick={() => void copy()}>
          {t("invite.copy")}
        </button>
        <Show when={canShare}>
          <button type="button" class="secondary" data-testid="invite-share" onClick={() => void share()}>
            {t("invite.share")}
          </button>
        </Show>
        <span role="status" aria-live="polite" data-testid="invite-feedback" classList={{ "invite-feedback": true, error: feedback()?.ok === false }}>
          {feedback()?.text ?? ""}
        </span>
      </div>
      <InviteQr link={props.link} name={props.name} />
    </div>
  );
}
