import { For, Show } from "solid-js";
import { t } from "../../i18n/index.ts";
import type { InterventionDetails, NeedView } from "../../state/board.ts";
import { Field } from "../../ui/Field.tsx";
import { needTitle } from "./claimText.ts";

export interface TargetChoice {
  kind: "need" | "rt" | "kampung";
  needId: string;
  rt: string;
}

type TargetDetails = Pick<InterventionDetails, "target" | "familyId" | "targetLabel">;

/** The card's target as stored, or null while the choice is incomplete. */
export function targetDetails(v: TargetChoice, needs: NeedView[]): TargetDetails | null {
  if (v.kind === "kampung") return { target: "kampung", familyId: "", targetLabel: "" };
  if (v.kind === "rt") {
    const rt = Number(v.rt);
    return /^\d{1,3}$/.test(v.rt.trim()) ? { target: `rt:${rt}`, familyId: "", targetLabel: `RT ${String(rt).padStart(2, "0")}` } : null;
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
        <Field label={t("board.rt")} error={error()}>
          <input name="targetRt" inputmode="numeric" value={props.value.rt} onInput={(e) => set({ rt: e.currentTarget.value })} />
        </Field>
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
