import { For, Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment, SasaranFlags } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { krsReason, krsState, missingText } from "./krsReason.ts";

const SASARAN_KEYS = ["pus", "pusHamil", "baduta", "balita"] as const satisfies ReadonlyArray<keyof SasaranFlags>;

/** Who the family is, where it lives, and why it is (or is not) KRS; priority kept apart from risk. */
export function HouseholdHeader(props: { household: Household; assessment: HouseholdAssessment; rosterHref: string }) {
  const screening = () => props.assessment.screening;
  const place = () =>
    [
      props.household.rt !== null || props.household.rw !== null ? t("hh.rtrw", { rt: props.household.rt ?? "?", rw: props.household.rw ?? "?" }) : "",
      props.household.dusun,
      props.household.alamat,
    ]
      .filter((s) => s.trim() !== "")
      .join(" · ");
  const sasaran = () => SASARAN_KEYS.filter((k) => screening().sasaran[k]);
  const priority = () => {
    const p = screening().priority;
    return [...(p.miskin ? (["hh.priority.miskin"] as const) : []), ...(p.pendidikanIbuRendah ? (["hh.priority.pendidikanIbuRendah"] as const) : [])];
  };

  return (
    <header class="hh-header">
      <a class="hh-back" href={props.rosterHref} data-testid="back-to-roster">
        {t("hh.back")}
      </a>
      <h1 data-testid="household-kepala">{props.household.kepala}</h1>
      <p class="muted" data-testid="household-place">
        {place()}
      </p>
      <p class={`krs-badge krs-${krsState(screening())}`} data-testid="krs-reason">
        {krsReason(screening())}
      </p>
      <Show when={missingText(screening())}>
        {(text) => (
          <p class="hh-missing" data-testid="krs-missing">
            {text()}
          </p>
        )}
      </Show>
      <Show when={sasaran().length > 0}>
        <div class="chips" data-testid="sasaran">
          <span class="chips-label">{t("hh.sasaran")}:</span>
          <For each={sasaran()}>{(k) => <span class="chip">{t(`sasaran.${k}`)}</span>}</For>
        </div>
      </Show>
      <Show when={priority().length > 0}>
        <div class="chips" data-testid="priority">
          <span class="chips-label">{t("hh.priority")}:</span>
          <For each={priority()}>{(k) => <span class="chip chip-priority">{t(k)}</span>}</For>
        </div>
      </Show>
    </header>
  );
}
