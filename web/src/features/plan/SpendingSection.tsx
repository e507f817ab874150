import { createSignal, For, Show } from "solid-js";
import type { PlanActivity } from "@shared/model/index.ts";
import { formatDate, localIsoDate } from "../../i18n/index.ts";
import type { PlanActions } from "../../state/plan.ts";
import { readNumber } from "./NumberInput.tsx";
import { rupiah } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/** Money spent against the budget (realisasi): date, line, amount, note, who; a wrong record is deleted and entered again. */
export function SpendingSection(props: { activity: PlanActivity; actions: PlanActions; readOnly: boolean; spent: number; budget: number }) {
  const id = props.activity.id;
  const lineLabel = (lineId: string) => props.activity.budget.find((l) => l.id === lineId)?.label ?? tp("plan.spend.lineGone");
  return (
    <section class="plan-section" data-testid="plan-spending">
      <h3>{tp("plan.spend.title")}</h3>
      <p data-testid="plan-spent">{tp("plan.spend.progress", { spent: rupiah(props.spent), budget: rupiah(props.budget) })}</p>
      <Show when={props.activity.spending.length > 0} fallback={<p class="muted">{tp("plan.spend.empty")}</p>}>
        <ul class="cards">
          <For each={props.activity.spending}>
            {(s) => (
              <li class="card" data-testid="plan-spending-row">
                <strong>{`${formatDate(s.date)} · ${rupiah(s.amount)}`}</strong>
                <span class="muted">{[lineLabel(s.lineId), s.note, s.by].filter(Boolean).join(" · ")}</span>
                <Show when={!props.readOnly}>
                  <button type="button" class="link-button" onClick={() => props.actions.removeSpending(id, s.id)}>
                    {tp("plan.spend.remove", { date: formatDate(s.date) })}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!props.readOnly}>
        <Show when={props.activity.budget.length > 0} fallback={<p class="muted">{tp("plan.spend.needLine")}</p>}>
          <AddSpending activity={props.activity} onAdd={(s) => props.actions.addSpending(id, s)} />
        </Show>
      </Show>
    </section>
  );
}

function AddSpending(props: { activity: PlanActivity; onAdd: (s: { lineId: string; amount: number; date: string; note: string }) => boolean }) {
  const [date, setDate] = createSignal(localIsoDate());
  const [lineId, setLineId] = createSignal(props.activity.budget[0]?.id ?? "");
  const [amount, setAmount] = createSignal("");
  const [note, setNote] = createSignal("");
  const [error, setError] = createSignal("");
  const add = (e: SubmitEvent) => {
    e.preventDefault();
    const read = readNumber("rupiah", amount());
    if ("error" in read) return setError(read.error);
    const line = props.activity.budget.some((l) => l.id === lineId()) ? lineId() : (props.activity.budget[0]?.id ?? "");
    if (read.value === null || read.value === 0 || !line || !props.onAdd({ lineId: line, amount: read.value, date: date(), note: note().trim() })) return setError(tp("plan.spend.invalid"));
    setAmount("");
    setNote("");
    setError("");
  };
  return (
    <form class="form" data-testid="plan-add-spending" onSubmit={add}>
      <div class="row">
        <label class="field">
          <span class="field-label">{tp("plan.spend.date")}</span>
          <input name="spendDate" type="date" value={date()} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field-label">{tp("plan.spend.line")}</span>
          <select name="spendLine" value={lineId()} onChange={(e) => setLineId(e.currentTarget.value)}>
            <For each={props.activity.budget}>{(l) => <option value={l.id}>{l.label || "…"}</option>}</For>
          </select>
        </label>
      </div>
      <div class="row">
        <label class="field" classList={{ invalid: !!error() }}>
          <span class="field-label">{tp("plan.spend.amount")}</span>
          <input name="spendAmount" inputmode="decimal" placeholder="Rp 0" value={amount()} onInput={(e) => setAmount(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field-label">{tp("plan.spend.note")}</span>
          <input name="spendNote" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
      </div>
      <Show when={error()}>
        <span class="field-error" role="alert">{error()}</span>
      </Show>
      <button type="submit" class="secondary">{tp("plan.spend.add")}</button>
    </form>
  );
}
