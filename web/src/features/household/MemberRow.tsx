import { createSignal, Show } from "solid-js";
import type { Member } from "@shared/model/index.ts";
import { maskNik } from "@shared/rules/index.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { ageText } from "./format.ts";

/** One member: name, relation, sex, age, and the NIK masked unless "tampilkan" is pressed (UU 27/2022). */
export function MemberRow(props: { member: Member; today: string; writable: boolean; onEdit: () => void; onRemove: () => void }) {
  const [shown, setShown] = createSignal(false);
  const m = () => props.member;
  const facts = () =>
    [
      m().relation ? t(`hh.relation.${m().relation as Exclude<Member["relation"], "">}`) : "",
      m().sex ? t(`hh.sex.${m().sex as "M" | "F"}`) : "",
      m().birthDate ? `${ageText(m().birthDate, props.today)} (${formatDate(m().birthDate)})` : "",
    ]
      .filter((s) => s !== "")
      .join(" · ");

  return (
    <li class="card" data-testid="member-row" data-id={m().id}>
      <strong data-testid="member-name">{m().nama}</strong>
      <span class="muted">{facts()}</span>
      <span class="hh-nik">
        {t("hh.member.nik")}:{" "}
        <Show when={m().nik} fallback={<span class="muted">{t("hh.member.noNik")}</span>}>
          <code data-testid="member-nik">{shown() ? m().nik : maskNik(m().nik)}</code>{" "}
          <button type="button" class="link-button" aria-pressed={shown()} onClick={() => setShown(!shown())} data-testid="toggle-nik">
            {shown() ? t("hh.member.hide") : t("hh.member.show")}
          </button>
        </Show>
      </span>
      <Show when={props.writable}>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => props.onEdit()}>
            {t("common.edit")}
          </button>
          <button type="button" class="secondary danger" onClick={() => props.onRemove()}>
            {t("common.delete")}
          </button>
        </div>
      </Show>
    </li>
  );
}
