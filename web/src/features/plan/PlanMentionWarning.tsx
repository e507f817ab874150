import { For, Show } from "solid-js";
import { maskNik } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import type { Mention } from "../../state/personalMentions.ts";
import { tp } from "../../i18n/plan.ts";

function mentionText(m: Mention): string {
  if (m.kind === "name") return t("internal.mentionName", { text: m.text });
  return t(m.known ? "internal.mentionNikKnown" : "internal.mentionNik", { masked: maskNik(m.text) });
}

/** Under an activity: the roster names and NIKs typed into the plan, which OPD and pemantau read, and what to write instead. */
export function PlanMentionWarning(props: { mentions: Mention[] }) {
  return (
    <div role="status" aria-live="polite">
      <Show when={props.mentions.length > 0}>
        <div class="warning" data-testid="plan-personal-data-warning">
          <p>{tp("plan.warning")}</p>
          <ul>
            <For each={props.mentions}>{(m) => <li>{mentionText(m)}</li>}</For>
          </ul>
          <p>{tp("plan.warningFix")}</p>
        </div>
      </Show>
    </div>
  );
}
