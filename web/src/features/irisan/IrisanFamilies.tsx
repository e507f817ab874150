import { createEffect, createSignal, For, on, Show } from "solid-js";
import type { IrisanFamily } from "@shared/rules/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { aidText, familyPlace, reasonsText } from "./irisanText.ts";

const PAGE = 50;

/** The families behind the chosen count; each goes to its page. Shown fifty at a time (a phone, thousands of KRS). */
export function IrisanFamilies(props: { title: string; families: IrisanFamily[]; hrefFor: (id: string) => string; onOpenInRoster: (() => void) | null }) {
  const [shown, setShown] = createSignal(PAGE);
  // another count or place chosen: start again from the top
  createEffect(on(() => props.title, () => setShown(PAGE), { defer: true }));
  const visible = () => props.families.slice(0, shown());
  const rest = () => props.families.length - visible().length;
  return (
    <section class="panel irisan-list" data-testid="irisan-families">
      <div class="section-header">
        <h2 data-testid="irisan-list-title">{t("irisan.listTitle", { label: props.title, count: formatNumber(props.families.length) })}</h2>
        <Show when={props.onOpenInRoster}>
          {(open) => (
            <button type="button" class="secondary" onClick={() => open()()} data-testid="irisan-open-roster">
              {t("irisan.openInRoster")}
            </button>
          )}
        </Show>
      </div>
      <Show when={props.families.length > 0} fallback={<p class="muted">{t("irisan.listEmpty")}</p>}>
        <ul class="irisan-families">
          <For each={visible()}>
            {(f) => (
              <li data-testid="irisan-family" data-id={f.id}>
                <a href={props.hrefFor(f.id)} class="irisan-name">
                  {f.kepala}
                </a>
                <span class="muted">{familyPlace(f)}</span>
                <span class="irisan-facts">
                  <span data-testid="irisan-family-desil">{f.desil === null ? t("irisan.noDesil") : t("irisan.desil", { desil: f.desil })}</span>
                  {" · "}
                  <span classList={{ "irisan-noaid": f.aid.length === 0 }}>{aidText(f.aid)}</span>
                </span>
                <span class="krs">{reasonsText(f)}</span>
              </li>
            )}
          </For>
        </ul>
        <Show when={rest() > 0}>
          <button type="button" class="secondary" onClick={() => setShown((n) => n + PAGE)}>
            {t("irisan.more", { count: formatNumber(Math.min(PAGE, rest())) })}
          </button>
        </Show>
      </Show>
    </section>
  );
}
