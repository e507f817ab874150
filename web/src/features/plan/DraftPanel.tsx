import { createMemo, For, Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { draftFromRoster, toDraftFamily, type DraftProposal } from "@shared/rules/plan/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { formatNumber } from "../../i18n/index.ts";
import type { NewActivity } from "../../state/plan.ts";
import { draftTexts, seksiLabel, unitLabel } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/**
 * "Draf dari data keluarga": activities proposed from the roster's KRS factors, counted on this device (counts only:
 * the plan is read by OPD and pemantau), each added with one tap and then edited by the pokja. A proposal the year
 * already has an activity from says so.
 */
export function DraftPanel(props: {
  year: number;
  households: Household[];
  assess: (h: Household) => HouseholdAssessment;
  existingKeys: Set<string>;
  onAdd: (fields: NewActivity, source: DraftProposal["source"]) => void;
  onClose: () => void;
}) {
  const proposals = createMemo(() => draftFromRoster(props.households.map((h) => toDraftFamily(h, props.assess(h))), props.existingKeys));
  const add = (p: DraftProposal) => {
    const texts = draftTexts(p);
    props.onAdd(
      { year: props.year, ...texts, target: p.count, indicatorTarget: p.count, unit: p.unit, rw: p.scope === "rw" && p.rw !== null ? p.rw : 0, seksi: p.seksi, domain: p.domain, draftKey: p.key },
      p.source,
    );
  };
  return (
    <section class="panel plan-draft" data-testid="plan-draft">
      <header class="section-header">
        <h2>{tp("plan.draft.title")}</h2>
        <button type="button" class="link-button" onClick={() => props.onClose()}>
          {tp("plan.draft.close")}
        </button>
      </header>
      <p class="muted">{tp("plan.draft.hint")}</p>
      <Show when={proposals().length > 0} fallback={<p data-testid="plan-draft-none">{tp("plan.draft.none")}</p>}>
        <ul class="cards">
          <For each={proposals()}>
            {(p) => {
              const texts = () => draftTexts(p);
              const where = () => (p.scope === "rw" ? (p.rw === null ? tp("plan.draft.rwUnknown") : tp("plan.area.rw", { rw: p.rw })) : texts().location);
              return (
                <li class="card" data-testid="plan-proposal" data-key={p.key}>
                  <strong>{texts().title}</strong>
                  <span data-testid="plan-proposal-target">{`${texts().targetGroup}: ${formatNumber(p.count)} ${unitLabel(p.unit)}`}</span>
                  <span class="muted">{[where(), seksiLabel(p.seksi)].filter(Boolean).join(" · ")}</span>
                  <Show when={!p.exists} fallback={<span class="chip">{tp("plan.draft.exists")}</span>}>
                    <button type="button" class="secondary" data-testid="add-proposal" onClick={() => add(p)}>
                      {tp("plan.draft.add")}
                    </button>
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
