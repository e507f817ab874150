import { createSignal, For, Show } from "solid-js";
import { DEFAULT_DOMAINS, type ActionItem, type InterventionStatus } from "@shared/model/index.ts";
import { formatDate, t, tMaybe } from "../../i18n/index.ts";

/**
 * One action item. Once it became a board card, it shows the card's current status
 * (read from the board document); until then a board writer can make the card.
 */
export function ActionItemRow(props: {
  item: ActionItem;
  /** undefined: no card yet; null: linked but the card is not on this device (yet) */
  cardStatus: InterventionStatus | null | undefined;
  canMakeCard: boolean;
  readOnly: boolean;
  onMakeCard: (domain: string) => void;
  onRemove: () => void;
}) {
  const [domain, setDomain] = createSignal<string>(DEFAULT_DOMAINS[0]);
  const i = () => props.item;
  return (
    <li class="card" data-testid="action-item" data-id={i().id}>
      <strong data-testid="action-what">{i().what}</strong>
      <span class="muted">
        {[i().who, i().agency].filter(Boolean).join(" · ") || t("minutes.noOwner")}
        {i().due ? ` · ${t("minutes.dueOn", { date: formatDate(i().due) })}` : ""}
      </span>
      <Show when={i().interventionId}>
        <span class="card-link" data-testid="action-card-status" data-status={props.cardStatus ?? ""}>
          {props.cardStatus ? t("minutes.cardStatus", { status: t(`status.${props.cardStatus}`) }) : t("minutes.cardNotHere")}
        </span>
      </Show>
      <Show when={!i().interventionId && props.canMakeCard}>
        <Show when={i().agency} fallback={<span class="muted">{t("minutes.cardNeedsAgency")}</span>}>
          <div class="inline-form">
            <select name="domain" aria-label={t("minutes.cardDomain")} value={domain()} onChange={(e) => setDomain(e.currentTarget.value)}>
              <For each={DEFAULT_DOMAINS}>{(d) => <option value={d}>{tMaybe(`domain.${d}`, d)}</option>}</For>
            </select>
            <button type="button" data-testid="make-card" onClick={() => props.onMakeCard(domain())}>
              {t("minutes.makeCard")}
            </button>
          </div>
        </Show>
      </Show>
      <Show when={!props.readOnly && !i().interventionId}>
        <button type="button" class="link-button" aria-label={t("minutes.removeNamed", { name: i().what })} onClick={() => props.onRemove()}>
          {t("common.delete")}
        </button>
      </Show>
    </li>
  );
}
