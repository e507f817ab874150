import { For, Show } from "solid-js";
import type { ListKind } from "@shared/import/index.ts";
import { ti } from "../../../i18n/importWizard.ts";
import type { PreviewRecord } from "../worker/protocol.ts";

/** The first records as read (NIK and No. KK masked), each with its row's check. */
export function SampleTable(props: { kind: ListKind; records: PreviewRecord[] }) {
  const social = () => props.kind === "social";
  const rtRw = (r: PreviewRecord) => `${r.rt ?? "–"}/${r.rw ?? "–"}`;
  return (
    <div class="table-wrap import-sample">
      <table data-testid="import-sample">
        <thead>
          <tr>
            <th>{ti("import.preview.col.row")}</th>
            <th>{ti("import.preview.col.name")}</th>
            <th>{ti("import.preview.col.rtrw")}</th>
            <th>{ti("import.preview.col.nik")}</th>
            <th class="import-wide">{ti("import.preview.col.noKk")}</th>
            <th class="import-wide">{ti("import.preview.col.id")}</th>
            <th>{social() ? ti("import.preview.col.desil") : ti("import.preview.col.members")}</th>
            <th>{ti("import.preview.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.records}>
            {(r) => (
              <tr data-status={r.status}>
                <td class="mono">{r.rows.join(", ")}</td>
                <td>{r.name}</td>
                <td class="mono">{rtRw(r)}</td>
                <td class="mono">{r.nik}</td>
                <td class="mono import-wide">{r.noKk}</td>
                <td class="mono import-wide">{r.id}</td>
                <td class="mono">{r.detail}</td>
                <td>
                  <span class={`import-status import-status-${r.status}`}>{ti(`import.preview.status.${r.status}`)}</span>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.records.length === 0}>
        <p class="muted">—</p>
      </Show>
    </div>
  );
}
