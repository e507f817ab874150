import { For, Show } from "solid-js";
import type { ExportRecord } from "../../state/exportLog.ts";
import { formatDateTime, t, tMaybe, type MessageKey } from "../../i18n/index.ts";
import { formatMonth } from "./tableModel.ts";

/** Who printed or downloaded which month's report, and when: every device of the lurah and the pokja sees it. */
export function ExportLog(props: { entries: ExportRecord[] }) {
  return (
    <section class="panel report-log no-print" data-testid="report-export-log">
      <h2>{t("report.log.title")}</h2>
      <p class="muted">{t("report.log.intro")}</p>
      <Show when={props.entries.length > 0} fallback={<p class="muted">{t("report.log.none")}</p>}>
        <ul>
          <For each={props.entries.slice(0, 50)}>
            {(e) => (
              <li data-testid="report-export-entry" data-format={e.format} data-month={e.month}>
                {t("report.log.line", {
                  when: formatDateTime(Date.parse(e.at)),
                  by: e.by || "-",
                  role: tMaybe(`role.${e.role}`, e.role),
                  format: t(`report.format.${e.format}` as MessageKey),
                  month: formatMonth(e.month),
                })}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
