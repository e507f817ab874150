import { Show } from "solid-js";
import type { PlanYear } from "@shared/model/index.ts";
import { formatDate, localIsoDate } from "../../i18n/index.ts";
import { tp } from "../../i18n/plan.ts";

/** Who signs the year's plan and where; the lurah approves it (PRODUCT.md: the lurah approves the plan). */
export function PlanYearPanel(props: { year: PlanYear; readOnly: boolean; canApprove: boolean; userName: string; onChange: (patch: Partial<Omit<PlanYear, "year">>) => void }) {
  const field = (name: "lurahName" | "ketuaName" | "place", label: string) => (
    <label class="field">
      <span class="field-label">{label}</span>
      <input name={name} readOnly={props.readOnly} value={props.year[name]} onChange={(e) => props.onChange({ [name]: e.currentTarget.value })} />
    </label>
  );
  return (
    <details class="panel plan-year" data-testid="plan-year">
      <summary>{tp("plan.year.title")}</summary>
      <div class="form">
        {field("lurahName", tp("plan.year.lurahName"))}
        {field("ketuaName", tp("plan.year.ketuaName"))}
        {field("place", tp("plan.year.place"))}
        <Show when={props.year.approvedOn} fallback={<p class="muted">{tp("plan.year.notApproved")}</p>}>
          <p data-testid="plan-approved">{tp("plan.year.approved", { by: props.year.approvedBy, date: formatDate(props.year.approvedOn) })}</p>
        </Show>
        <Show when={props.canApprove && !props.year.approvedOn}>
          <button type="button" class="secondary" data-testid="approve-plan" onClick={() => props.onChange({ approvedBy: props.userName, approvedOn: localIsoDate() })}>
            {tp("plan.year.approve", { year: props.year.year })}
          </button>
        </Show>
      </div>
    </details>
  );
}
