import { createMemo, For, Show } from "solid-js";
import type { Household, Measurement } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { ChildCard } from "./ChildCard.tsx";
import type { NewMeasurement } from "./MeasurementForm.tsx";

/**
 * The children the assessment follows (under five, or measured), keyed by
 * member id so an open measurement form survives updates from other phones.
 */
export function ChildrenGrowth(props: {
  household: Household;
  assessment: HouseholdAssessment;
  today: string;
  writable: boolean;
  defaultBy: string;
  onAdd: (memberId: string, m: NewMeasurement) => void;
  onUpdate: (id: string, patch: Partial<NewMeasurement>) => void;
  onRemove: (m: Measurement) => void;
}) {
  const ids = createMemo(() => props.assessment.children.map((c) => c.member.id), undefined, { equals: (a, b) => a.join() === b.join() });
  const childOf = (id: string) => props.assessment.children.find((c) => c.member.id === id);

  return (
    <section data-testid="children">
      <h2>{t("hh.children.title")}</h2>
      <Show when={ids().length > 0} fallback={<p class="muted">{t("hh.children.empty")}</p>}>
        <For each={ids()}>
          {(id) => (
            <Show when={childOf(id)}>
              {(child) => (
                <ChildCard
                  child={child()}
                  measurements={props.household.measurements.filter((m) => m.memberId === id)}
                  today={props.today}
                  writable={props.writable}
                  defaultBy={props.defaultBy}
                  onAdd={(m) => props.onAdd(id, m)}
                  onUpdate={props.onUpdate}
                  onRemove={props.onRemove}
                />
              )}
            </Show>
          )}
        </For>
      </Show>
    </section>
  );
}
