import { For, onCleanup, Show, createSignal } from "solid-js";
import { DEFAULT_DOMAINS, SEKSI, TARGET_UNITS, type ActivityScalars, type ActivityText, type Agency, type PlanActivity, type Responsible } from "@shared/model/index.ts";
import { NumberInput } from "./NumberInput.tsx";
import { domainLabel, monthNames, seksiLabel, unitLabel } from "./planText.ts";
import type { PlanActions } from "../../state/plan.ts";
import { tp } from "../../i18n/plan.ts";

/**
 * What, for whom and how many, where, when, who: the texts are bound to the shared text (typed together, merged by
 * character), the rest is saved when changed. Read-only for those who only read the plan (OPD, pemantau).
 */
export function ActivityFields(props: {
  activity: PlanActivity;
  actions: PlanActions;
  readOnly: boolean;
  agencies: Agency[];
  members: string[];
}) {
  const a = () => props.activity;
  const id = props.activity.id;
  const update = (patch: Partial<ActivityScalars>) => props.actions.update(id, patch);
  const bind = (field: ActivityText) => (el: HTMLInputElement | HTMLTextAreaElement) => onCleanup(props.actions.bindText(id, field, el, props.readOnly));
  const area = (field: "rw" | "rt") => (e: Event & { currentTarget: HTMLInputElement }) => {
    const n = Number(e.currentTarget.value || "0");
    if (Number.isInteger(n) && n >= 0 && n <= 999) update({ [field]: n });
    else e.currentTarget.value = String(a()[field]);
  };
  const toggleMonth = (m: number) => update({ months: a().months.includes(m) ? a().months.filter((x) => x !== m) : [...a().months, m] });
  return (
    <div class="form plan-fields" data-testid="activity-fields">
      <label class="field">
        <span class="field-label">{tp("plan.field.title")}</span>
        <input name="title" ref={bind("title")} autocomplete="off" />
      </label>
      <div class="row">
        <label class="field">
          <span class="field-label">{tp("plan.field.seksi")}</span>
          <select name="seksi" disabled={props.readOnly} value={a().seksi} onChange={(e) => update({ seksi: e.currentTarget.value as PlanActivity["seksi"] })}>
            <option value="">{tp("plan.choose")}</option>
            <For each={SEKSI}>{(s) => <option value={s}>{seksiLabel(s)}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">{tp("plan.field.domain")}</span>
          <select name="domain" disabled={props.readOnly} value={a().domain} onChange={(e) => update({ domain: e.currentTarget.value })}>
            <option value="">{tp("plan.choose")}</option>
            <For each={DEFAULT_DOMAINS}>{(d) => <option value={d}>{domainLabel(d)}</option>}</For>
          </select>
        </label>
      </div>
      <label class="field">
        <span class="field-label">{tp("plan.field.targetGroup")}</span>
        <input name="targetGroup" ref={bind("targetGroup")} autocomplete="off" />
      </label>
      <div class="row">
        <NumberInput name="target" label={tp("plan.field.target")} kind="count" value={a().target} readOnly={props.readOnly} onSave={(v) => props.actions.setNumber(id, "target", v)} />
        <label class="field">
          <span class="field-label">{tp("plan.field.unit")}</span>
          <select name="unit" disabled={props.readOnly} value={a().unit} onChange={(e) => update({ unit: e.currentTarget.value as PlanActivity["unit"] })}>
            <For each={TARGET_UNITS}>{(u) => <option value={u}>{unitLabel(u)}</option>}</For>
          </select>
        </label>
      </div>
      <div class="row">
        <label class="field">
          <span class="field-label">{tp("plan.field.rw")}</span>
          <input name="rw" type="number" inputmode="numeric" min="0" max="999" readOnly={props.readOnly} value={a().rw} onChange={area("rw")} />
        </label>
        <label class="field">
          <span class="field-label">{tp("plan.field.rt")}</span>
          <input name="rt" type="number" inputmode="numeric" min="0" max="999" readOnly={props.readOnly} value={a().rt} onChange={area("rt")} />
        </label>
      </div>
      <label class="field">
        <span class="field-label">{tp("plan.field.location")}</span>
        <input name="location" ref={bind("location")} autocomplete="off" />
      </label>
      <fieldset class="plan-months" data-testid="plan-months">
        <legend class="field-label">{tp("plan.field.months")}</legend>
        <For each={monthNames()}>
          {(name, i) => (
            <button type="button" class="chip" aria-pressed={a().months.includes(i() + 1)} disabled={props.readOnly} onClick={() => toggleMonth(i() + 1)}>
              {name}
            </button>
          )}
        </For>
      </fieldset>
      <ResponsibleField value={a().responsible} agencies={props.agencies} members={props.members} readOnly={props.readOnly} onChange={(responsible) => update({ responsible })} />
      <label class="field">
        <span class="field-label">{tp("plan.field.indicator")}</span>
        <input name="indicator" ref={bind("indicator")} autocomplete="off" />
      </label>
      <NumberInput name="indicatorTarget" label={tp("plan.field.indicatorTarget")} kind="count" value={a().indicatorTarget} readOnly={props.readOnly} onSave={(v) => props.actions.setNumber(id, "indicatorTarget", v)} />
      <label class="field">
        <span class="field-label">{tp("plan.field.notes")}</span>
        <textarea name="notes" rows={3} ref={bind("notes")} />
      </label>
    </div>
  );
}

/** An OPD of the workspace, a pokja member, or someone else by name. */
function ResponsibleField(props: { value: Responsible; agencies: Agency[]; members: string[]; readOnly: boolean; onChange: (r: Responsible) => void }) {
  const encoded = () => (props.value === null ? "" : props.value.kind === "opd" ? `opd:${props.value.code}` : props.members.includes(props.value.name) ? `orang:${props.value.name}` : "other");
  const [other, setOther] = createSignal(false);
  const choose = (v: string) => {
    setOther(v === "other");
    if (v === "") props.onChange(null);
    else if (v.startsWith("opd:")) props.onChange({ kind: "opd", code: v.slice(4) });
    else if (v.startsWith("orang:")) props.onChange({ kind: "orang", name: v.slice(6) });
  };
  return (
    <div class="field">
      <label class="field">
        <span class="field-label">{tp("plan.field.responsible")}</span>
        <select name="responsible" disabled={props.readOnly} value={other() ? "other" : encoded()} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="">{tp("plan.responsible.none")}</option>
          <optgroup label={tp("plan.responsible.opd")}>
            <For each={props.agencies}>{(ag) => <option value={`opd:${ag.code}`}>{`${ag.code} · ${ag.name}`}</option>}</For>
          </optgroup>
          <optgroup label={tp("plan.responsible.member")}>
            <For each={props.members}>{(name) => <option value={`orang:${name}`}>{name}</option>}</For>
          </optgroup>
          <option value="other">{tp("plan.responsible.other")}</option>
        </select>
      </label>
      <Show when={other() || encoded() === "other"}>
        <label class="field">
          <span class="field-label">{tp("plan.field.responsibleName")}</span>
          <input
            name="responsibleName"
            readOnly={props.readOnly}
            value={props.value?.kind === "orang" ? props.value.name : ""}
            onChange={(e) => e.currentTarget.value.trim() && props.onChange({ kind: "orang", name: e.currentTarget.value.trim() })}
          />
        </label>
      </Show>
    </div>
  );
}
