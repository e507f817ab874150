import { For } from "solid-js";
import { STATUSES, type InterventionStatus } from "@shared/model/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";

/**
 * On a narrow screen the Kanban shows one status at a time: this switcher picks it, and says how
 * many cards each status holds, in the flow's order. Hidden on wide screens, where every column
 * is side by side (board.css).
 */
export function StatusSwitch(props: { current: InterventionStatus; counts: Record<InterventionStatus, number>; onPick: (s: InterventionStatus) => void }) {
  return (
    <div class="segmented status-switch" role="tablist" aria-label={t("board.statusSwitch")} data-testid="status-switch">
      <For each={STATUSES}>
        {(status) => (
          <button
            type="button"
            role="tab"
            aria-selected={props.current === status}
            aria-controls={`column-${status}`}
            data-status={status}
            onClick={() => props.onPick(status)}
          >
            <span>{t(`status.${status}`)}</span>{" "}
            <span class="segment-count">{formatNumber(props.counts[status])}</span>
          </button>
        )}
      </For>
    </div>
  );
}
