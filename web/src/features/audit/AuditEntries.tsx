import { For, Show } from "solid-js";
import type { AuditEntry } from "../../state/audit.ts";
import { useWorkspace } from "../../state/context.ts";
import { formatDateTime, formatNumber, t } from "../../i18n/index.ts";
import { hrefFor } from "../../app/route.ts";
import { rootLabel, whatLines, whoText } from "./auditText.ts";

/** The entries of a trail: when (the relay's clock), who, and what, newest first. */
export function AuditEntries(props: { entries: AuditEntry[] }) {
  const ws = useWorkspace();
  const household = (id: string) => ws.roster?.[0].byId(id) ?? ws.roster?.[0].deletedById(id)?.household;
  return (
    <ol class="history audit-entries">
      <For each={props.entries}>
        {(entry) => (
          <li data-testid="audit-entry" data-role={entry.who.role ?? ""} data-seq={entry.seq}>
            <span class="muted">{formatDateTime(entry.at)}</span> <strong data-testid="audit-who">{whoText(entry.who)}</strong>{" "}
            <span class="muted">({t("audit.size", { size: formatNumber(entry.bytes) })})</span>
            <ul>
              <For each={whatLines(entry, household, rootLabel)}>
                {(line) => (
                  <li data-testid="audit-what">
                    <Show when={line.householdId} fallback={line.text}>
                      {(id) => <a href={hrefFor({ name: "workspace", ws: ws.id, section: "keluarga", item: id() })}>{line.text}</a>}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </li>
        )}
      </For>
    </ol>
  );
}
