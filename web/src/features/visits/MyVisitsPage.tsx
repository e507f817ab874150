import { createMemo, createSignal, For, Show } from "solid-js";
import { hrefFor } from "../../app/route.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { DueCard } from "./DueCard.tsx";
import { DUE_GROUPS, dueFamilies, type DueFamily, type DueGroup } from "./dueList.ts";
import { loadChoices, saveChoices, validDays, type MyVisitsChoices } from "./myVisitsChoices.ts";
import "./visits.css";

/** Planned visits this many days ahead are listed too. */
const AHEAD_DAYS = 7;
/** Cards drawn per group at first: a kelurahan can have hundreds of KRS families never visited. */
const PAGE = 50;

/** #/w/<ws>/kunjungan: the families due a visit (planned, or KRS never or long not visited), grouped by urgency. */
export function MyVisitsPage() {
  const ws = useWorkspace();
  if (!ws.roster) return <p data-testid="household-no-access">{t("hh.noAccess")}</p>;
  const [state] = ws.roster;
  const [choices, setChoices] = createSignal<MyVisitsChoices>(loadChoices());
  const [rw, setRw] = createSignal<number | null>(null);
  const [rt, setRt] = createSignal<number | null>(null);
  const choose = (patch: Partial<MyVisitsChoices>) => {
    setChoices({ ...choices(), ...patch });
    saveChoices(choices());
  };
  const due = createMemo(() =>
    dueFamilies(state.households(), (h) => ws.assess.of(h).screening.isKrs, {
      today: ws.assess.today(),
      krsEveryDays: choices().krsDays,
      aheadDays: AHEAD_DAYS,
      visitor: choices().scope === "mine" ? ws.userName : null,
      rw: rw(),
      rt: rt(),
    }),
  );
  const groups = createMemo(() => {
    const by = new Map<DueGroup, DueFamily[]>(DUE_GROUPS.map((g) => [g, []]));
    for (const d of due()) by.get(d.group)!.push(d);
    return by;
  });
  const distinct = (pick: (h: { rt: number | null; rw: number | null }) => number | null) =>
    [...new Set(state.households().map(pick).filter((v): v is number => v !== null))].sort((a, b) => a - b);
  const num = (v: string): number | null => (/^\d+$/.test(v) ? Number(v) : null);
  const href = (id: string) => hrefFor({ name: "workspace", ws: ws.id, section: "keluarga", item: id });

  return (
    <section class="my-visits" data-testid="my-visits">
      <header class="section-header">
        <h1>{t("myVisits.title")}</h1>
      </header>
      <p class="muted">{t("myVisits.intro")}</p>
      <div class="due-controls">
        <select aria-label={t("myVisits.scope")} value={choices().scope} onChange={(e) => choose({ scope: e.currentTarget.value === "mine" ? "mine" : "all" })} data-testid="due-scope">
          <option value="all">{t("myVisits.scope.all")}</option>
          <option value="mine">{t("myVisits.scope.mine")}</option>
        </select>
        <select aria-label={t("filter.rw")} value={rw() ?? ""} onChange={(e) => setRw(num(e.currentTarget.value))}>
          <option value="">{`${t("filter.rw")}: ${t("filter.all")}`}</option>
          <For each={distinct((h) => h.rw)}>{(n) => <option value={n}>{`RW ${n}`}</option>}</For>
        </select>
        <select aria-label={t("filter.rt")} value={rt() ?? ""} onChange={(e) => setRt(num(e.currentTarget.value))}>
          <option value="">{`${t("filter.rt")}: ${t("filter.all")}`}</option>
          <For each={distinct((h) => h.rt)}>{(n) => <option value={n}>{`RT ${n}`}</option>}</For>
        </select>
        <label class="due-days">
          {t("myVisits.krsDays")}
          <input
            type="number"
            inputmode="numeric"
            min="1"
            max="366"
            value={choices().krsDays}
            onChange={(e) => {
              const days = validDays(e.currentTarget.value);
              if (days !== null) choose({ krsDays: days });
              else e.currentTarget.value = String(choices().krsDays);
            }}
            data-testid="due-krs-days"
          />
          {t("myVisits.days")}
        </label>
      </div>
      <Show when={ws.rosterLoaded()} fallback={<p class="muted">{t("myVisits.loading")}</p>}>
        <Show when={due().length > 0} fallback={<p data-testid="due-empty">{t("myVisits.empty")}</p>}>
          <For each={DUE_GROUPS.filter((g) => groups().get(g)!.length > 0)}>
            {(group) => <DueGroupList group={group} families={groups().get(group)!} href={href} />}
          </For>
        </Show>
      </Show>
    </section>
  );
}

function DueGroupList(props: { group: DueGroup; families: DueFamily[]; href: (id: string) => string }) {
  const [shown, setShown] = createSignal(PAGE);
  return (
    <section class="due-group" data-testid={`due-group-${props.group}`}>
      <h2>
        {t(`myVisits.group.${props.group}`)} ({formatNumber(props.families.length)})
      </h2>
      <ul class="cards">
        <For each={props.families.slice(0, shown())}>{(d) => <DueCard family={d} href={props.href(d.household.id)} />}</For>
      </ul>
      <Show when={props.families.length > shown()}>
        <button type="button" class="secondary" onClick={() => setShown(shown() + PAGE)}>
          {t("myVisits.more", { count: formatNumber(Math.min(PAGE, props.families.length - shown())) })}
        </button>
      </Show>
    </section>
  );
}
