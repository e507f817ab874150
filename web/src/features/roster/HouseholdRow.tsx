import { Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { KrsBadge } from "./KrsBadge.tsx";

/** One household in the table; the name links to the household page. */
export function HouseholdRow(props: { household: Household; assessment: HouseholdAssessment; href: string; index: number }) {
  const h = () => props.household;
  return (
    <tr data-testid="household-row" data-id={h().id} data-index={props.index}>
      <td>
        <a href={props.href}>{h().kepala || t("common.none")}</a>
      </td>
      <td>{`${h().rt ?? "?"}/${h().rw ?? "?"}`}</td>
      <td class="mono">{h().noKk}</td>
      <td>{h().members.length}</td>
      <td>
        <KrsBadge assessment={props.assessment} />
      </td>
      <td>
        <Show when={props.assessment.stunting}>{(s) => <span class={`stunting stunting-${s().replace(" ", "-")}`}>{t(`stunting.${s()}`)}</span>}</Show>
      </td>
      <td>{h().desil ?? ""}</td>
    </tr>
  );
}
