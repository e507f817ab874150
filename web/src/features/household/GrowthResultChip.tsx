import { Show } from "solid-js";
import type { GrowthResult } from "@shared/rules/index.ts";
import { t, tMaybe } from "../../i18n/index.ts";
import { formatZ } from "./format.ts";

/** "PB/U −3,52 sangat pendek", or the z-score with "periksa ulang pengukuran" when WHO flags it. */
export function GrowthResultChip(props: { label: string; result: GrowthResult<string> | null; testId?: string | undefined }) {
  return (
    <Show when={props.result?.z !== null && props.result !== null ? props.result : undefined}>
      {(r) => (
        <span class="growth-chip" classList={{ [`cat-${(r().category ?? "").replace(/ /g, "-")}`]: !!r().category, implausible: r().implausible }}>
          {props.label} {formatZ(r().z ?? 0)}{" "}
          <Show
            when={!r().implausible}
            fallback={
              <strong class="recheck" data-testid="recheck">
                {t("hh.measure.recheck")}
              </strong>
            }
          >
            <strong data-testid={props.testId}>{r().category ? tMaybe(`hh.cat.${r().category}`, r().category ?? "") : ""}</strong>
          </Show>
        </span>
      )}
    </Show>
  );
}
