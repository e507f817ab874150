import { For, Show } from "solid-js";
import "./internal.css";
import { maskNik } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import type { Mention } from "../../state/personalMentions.ts";

function mentionText(m: Mention): string {
  if (m.kind === "name") return t("internal.mentionName", { text: m.text });
  return t(m.known ? "internal.mentionNikKnown" : "internal.mentionNik", { masked: maskNik(m.text) });
}

/** Under the notes OPD and pemantau read: which names and NIKs of the roster were typed there, and what to do. */
export function PersonalDataWarning(props: { mentions: Mention[] }) {
  return (
    <div class="personal-data-warning" role="status" aria-live="polite">
      <Show when={props.mentions.length > 0}>
        <div class="warning" data-testid="personal-data-warning">
          <p>{t("internal.warning")}</p>
          <ul>
            <For each={props.mentions}>{(m) => <li data-testid="personal-mention">{mentionText(m)}</li>}</For>
          </ul>
          <p>{t("internal.warningFix")}</p>
        </div>
      </Show>
    </div>
  );
}
