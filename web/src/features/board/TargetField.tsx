import { For, Show } from "solid-js";
import { rtRwLabel } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import type { InterventionDetails, NeedView } from "../../state/board.ts";
import { Field } from "../../ui/Field.tsx";
import { needTitle } from "./claimText.ts";

export interface TargetChoice {
  kind: "need" | "rt" | "kampung";
  needId: string;
  rt: string;
  /** RT numbers repeat across a desa's RWs: an RT target names its RW */
  rw: string;
}

const AREA_NUMBER = /^\s*0*(\d{1,3})\s*$/;

type TargetDetails = Pick<InterventionDetails, "target" | "familyId" | "targetLabel">;

/** The card's target as stored, or null while the choice is incomplete. */
export function targetDetails(v: TargetChoice, needs: NeedView[]): TargetDetails | null {
  if (v.kind === "kampung") return { target: "kampung", familyId: "", targetLabel: "" };
  if (v.kind === "rt") {
    const rt = AREA_NUMBER.exec(v.rt);
    const rw = AREA_NUMBER.exec(v.rw);
    if (!rt || !rw || Number(rt[1]) === 0 || Number(rw[1]) === 0) return null;
    return { target: `rt:${Number(rt[1])}/${Number(rw[1])}`, familyId: "", targetLabel: rtRwLabel(Number(rt[1]), Number(rw[1])) };
  }
  const need = needs.find((n) => n.id === v.needId);
  return need ? { target: `need:${need.id}`, familyId: need.familyId, targetLabel: need.label } : null;
}

/** Whom the card is for: one family's published need, one RT, or the whole kampung. */
export function TargetField(props: { value: TargetChoice; needs: NeedView[]; tried: boolean; onChange: (v: TargetChoice) => void }) {
  const set = (patch: Partial<TargetChoice>) => props.onChange({ ...props.value, ...patch });
  const error = () => (props.tried && !targetDetails(props.value, props.needs) ? t(props.value.kind === "rt" ? "board.targetRtRequired" : "board.targetNeedRequired") : undefined);
  return (
    <>
      <Field label={t("board.target")}>
        <select name="targetKind" value={props.value.kind} onChange={(e) => set({ kind: e.currentTarget.value as TargetChoice["kind"] })}>
          <option value="kampung">{t("board.target.kampung")}</option>
          <option value="rt">{t("board.target.rt")}</option>
          <option value="need">{t("board.target.need")}</option>
        </select>
      </Field>
      <Show when={props.value.kind === "rt"}>
        <div class="row">
          <Field label={t("board.rt")} error={error()}>
            <input name="targetRt" inputmode="numeric" value={props.value.rt} onInput={(e) => set({ rt: e.currentTarget.value })} />
          </Field>
          <Field label={t("board.rw")}>
            <input name="targetRw" inputmode="numeric" value={props.value.rw} onInput={(e) => set({ rw: e.currentTarget.value })} />
          </Field>
        </div>
      </Show>
      <Show when={props.value.kind === "need"}>
        <Field label={t("board.target.need")} error={error()}>
          <select name="targetNeed" value={props.value.needId} onChange={(e) => set({ needId: e.currentTarget.value })}>
            <option value="">{t("common.none")}</option>
            <For each={props.needs}>{(n) => <option value={n.id}>{needTitle(n)}</option>}</For>
          </select>
        </Field>
      </Show>
    </>
  );
}
