import { createSignal, For, Show } from "solid-js";
import { DEFAULT_DOMAINS, type Agency, type PlanActivity } from "@shared/model/index.ts";
import type { ActivityProgress } from "@shared/rules/plan/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import type { BoardCard } from "../../state/board.ts";
import { domainLabel, unitLabel } from "./planText.ts";
import { tp } from "../../i18n/plan.ts";

/**
 * The activity on the intervention board: its cards with their status, how far they got against the target
 * (rules/plan/progress.ts), and "Jadikan kartu di papan" for those who write both the plan and the board.
 */
export function BoardSection(props: {
  activity: PlanActivity;
  progress: ActivityProgress;
  cards: BoardCard[];
  agencies: Agency[];
  canMakeCard: boolean;
  onMakeCard: (card: { agency: string; domain: string; first: boolean }) => void;
}) {
  const p = () => props.progress;
  const unit = () => unitLabel(props.activity.unit);
  const reach = () =>
    p().target === null
      ? tp("plan.board.reachNoTarget", { reached: formatNumber(p().reached), unit: unit(), verified: formatNumber(p().reachedVerified) })
      : tp("plan.board.reach", { reached: formatNumber(p().reached), target: formatNumber(p().target!), unit: unit(), verified: formatNumber(p().reachedVerified) });
  return (
    <section class="plan-section" data-testid="plan-board">
      <h3>{tp("plan.board.title")}</h3>
      <Show when={props.cards.length > 0} fallback={<p class="muted">{tp("plan.board.none")}</p>}>
        <p data-testid="plan-progress" data-reached={p().reached} data-verified={p().verified} data-delivered={p().delivered}>
          <strong>{reach()}</strong>
          <br />
          {tp("plan.board.cards", { cards: p().cards, delivered: p().delivered, verified: p().verified })}
        </p>
        <Show when={p().share !== null}>
          <progress class="plan-progress-bar" max={1} value={Math.min(1, p().share ?? 0)} aria-label={reach()} />
        </Show>
        <Show when={p().missingReached > 0}>
          <p class="muted" data-testid="plan-missing-reached">{tp("plan.board.missingReached", { n: p().missingReached })}</p>
        </Show>
        <ul class="cards">
          <For each={props.cards}>
            {(c) => (
              <li class="card" data-testid="plan-card" data-status={c.status}>
                <strong>{c.title}</strong>
                <span class="muted">{`${c.agency} · ${domainLabel(c.domain)} · ${t(`status.${c.status}`)}`}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.canMakeCard}>
        <MakeCard activity={props.activity} agencies={props.agencies} first={props.cards.length === 0} onMake={props.onMakeCard} />
      </Show>
    </section>
  );
}

function MakeCard(props: { activity: PlanActivity; agencies: Agency[]; first: boolean; onMake: (card: { agency: string; domain: string; first: boolean }) => void }) {
  const responsibleOpd = () => (props.activity.responsible?.kind === "opd" ? props.activity.responsible.code : "");
  const [agency, setAgency] = createSignal(responsibleOpd());
  const [domain, setDomain] = createSignal(props.activity.domain || DEFAULT_DOMAINS[0]);
  const [error, setError] = createSignal("");
  const make = () => {
    if (!props.activity.title.trim()) return setError(tp("plan.board.needTitle"));
    const chosen = agency() || responsibleOpd();
    if (!chosen) return setError(tp("plan.board.needAgency"));
    setError("");
    props.onMake({ agency: chosen, domain: domain(), first: props.first });
  };
  return (
    <div class="inline-form" data-testid="plan-make-card">
      <select name="cardAgency" aria-label={tp("plan.board.agency")} value={agency() || responsibleOpd()} onChange={(e) => setAgency(e.currentTarget.value)}>
        <option value="">{tp("plan.board.agency")}</option>
        <For each={props.agencies}>{(a) => <option value={a.code}>{`${a.code} · ${a.name}`}</option>}</For>
      </select>
      <select name="cardDomain" aria-label={tp("plan.board.domain")} value={domain()} onChange={(e) => setDomain(e.currentTarget.value)}>
        <For each={DEFAULT_DOMAINS}>{(d) => <option value={d}>{domainLabel(d)}</option>}</For>
      </select>
      <button type="button" data-testid="make-plan-card" onClick={make}>
        {props.first ? tp("plan.board.make") : tp("plan.board.makeAnother")}
      </button>
      <Show when={error()}>
        <span class="field-error" role="alert">{error()}</span>
      </Show>
    </div>
  );
}
