import { createMemo, createSignal, For, Show } from "solid-js";
import { FUNDING_SOURCES, type BudgetLine, type FundingSource, type PlanActivity } from "@shared/model/index.ts";
import type { PlanActions } from "../../state/plan.ts";
import { NumberInput, readNumber } from "./NumberInput.tsx";
import { rupiah, sourceLabel } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/**
 * The activity's budget lines: what, which source, how much (an amount set differently on two devices shows as a
 * conflict above and here as "belum pasti"). Rows are keyed by line id, so a change elsewhere never rebuilds the row
 * being typed in.
 */
export function BudgetSection(props: { activity: PlanActivity; actions: PlanActions; readOnly: boolean }) {
  const id = props.activity.id;
  const ids = createMemo(() => props.activity.budget.map((l) => l.id), undefined, { equals: (a, b) => a.join() === b.join() });
  const line = (lineId: string) => props.activity.budget.find((l) => l.id === lineId);
  const total = () => props.activity.budget.reduce((n, l) => n + (l.amount ?? 0), 0);
  return (
    <section class="plan-section" data-testid="plan-budget">
      <h3>{tp("plan.budget.title")}</h3>
      <Show when={ids().length > 0} fallback={<p class="muted">{tp("plan.budget.empty")}</p>}>
        <ul class="cards">
          <For each={ids()}>
            {(lineId) => (
              <Show when={line(lineId)}>
                {(l) => (
                  <LineRow
                    line={l()}
                    readOnly={props.readOnly}
                    hasSpending={props.activity.spending.some((s) => s.lineId === lineId)}
                    onLabel={(label) => props.actions.updateLine(id, lineId, { label })}
                    onSource={(source) => props.actions.updateLine(id, lineId, { source })}
                    onAmount={(amount) => props.actions.setAmount(id, lineId, amount)}
                    onRemove={() => props.actions.removeLine(id, lineId)}
                  />
                )}
              </Show>
            )}
          </For>
        </ul>
        <p class="plan-total" data-testid="plan-budget-total">
          <strong>{`${tp("plan.budget.total")}: ${rupiah(total())}`}</strong>
        </p>
      </Show>
      <Show when={!props.readOnly}>
        <AddLine onAdd={(l) => props.actions.addLine(id, l)} />
      </Show>
    </section>
  );
}

function SourceSelect(props: { value: FundingSource | ""; disabled: boolean; onChange: (s: FundingSource | "") => void }) {
  return (
    <label class="field">
      <span class="field-label">{tp("plan.budget.source")}</span>
      <select name="source" disabled={props.disabled} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as FundingSource | "")}>
        <option value="">{tp("plan.choose")}</option>
        <For each={FUNDING_SOURCES}>{(s) => <option value={s}>{sourceLabel(s)}</option>}</For>
      </select>
    </label>
  );
}

function LineRow(props: {
  line: BudgetLine;
  readOnly: boolean;
  hasSpending: boolean;
  onLabel: (label: string) => void;
  onSource: (s: FundingSource | "") => void;
  onAmount: (amount: number | null) => void;
  onRemove: () => void;
}) {
  return (
    <li class="card plan-line" data-testid="plan-line" data-id={props.line.id}>
      <label class="field">
        <span class="field-label">{tp("plan.budget.label")}</span>
        <input name="label" readOnly={props.readOnly} value={props.line.label} onChange={(e) => props.onLabel(e.currentTarget.value)} />
      </label>
      <div class="row">
        <SourceSelect value={props.line.source} disabled={props.readOnly} onChange={(s) => props.onSource(s)} />
        <NumberInput name="amount" label={tp("plan.budget.amount")} kind="rupiah" value={props.line.amount} readOnly={props.readOnly} onSave={(v) => props.onAmount(v)} />
      </div>
      <Show when={props.line.amount === null}>
        <span class="chip" data-testid="plan-line-unsettled">{tp("plan.budget.unsettled")}</span>
      </Show>
      <Show when={!props.readOnly}>
        <Show when={!props.hasSpending} fallback={<span class="muted">{tp("plan.budget.lineHasSpending")}</span>}>
          <button type="button" class="link-button" onClick={() => props.onRemove()}>
            {tp("plan.budget.removeLine", { label: props.line.label || "…" })}
          </button>
        </Show>
      </Show>
    </li>
  );
}

/** A new line: what, source, amount; nothing is written until it is added (and an amount that does not read stays). */
function AddLine(props: { onAdd: (line: { label: string; source: FundingSource | ""; amount: number | null }) => void }) {
  const [label, setLabel] = createSignal("");
  const [source, setSource] = createSignal<FundingSource | "">("");
  const [amount, setAmount] = createSignal("");
  const [error, setError] = createSignal("");
  const add = (e: SubmitEvent) => {
    e.preventDefault();
    const read = readNumber("rupiah", amount());
    if ("error" in read) return setError(read.error);
    if (!label().trim() && read.value === null) return;
    props.onAdd({ label: label().trim(), source: source(), amount: read.value });
    setLabel("");
    setAmount("");
    setError("");
  };
  return (
    <form class="form plan-add-line" data-testid="plan-add-line" onSubmit={add}>
      <label class="field">
        <span class="field-label">{tp("plan.budget.label")}</span>
        <input name="newLabel" value={label()} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <div class="row">
        <SourceSelect value={source()} disabled={false} onChange={setSource} />
        <label class="field" classList={{ invalid: !!error() }}>
          <span class="field-label">{tp("plan.budget.amount")}</span>
          <input name="newAmount" inputmode="decimal" placeholder="Rp 0" value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} />
          <Show when={error()}>
            <span class="field-error" role="alert">{error()}</span>
          </Show>
        </label>
      </div>
      <button type="submit" class="secondary">{tp("plan.budget.add")}</button>
    </form>
  );
}
