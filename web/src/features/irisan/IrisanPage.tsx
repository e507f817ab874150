import { createMemo, createSignal, For, Show } from "solid-js";
import { irisanFamilies, type IrisanCounts, type IrisanSelection } from "@shared/rules/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { hrefFor, navigate } from "../../app/route.ts";
import { useWorkspace } from "../../state/context.ts";
import { createIrisan } from "../../state/irisan.ts";
import { IrisanAreas } from "./IrisanAreas.tsx";
import { IrisanFamilies } from "./IrisanFamilies.tsx";
import { IrisanSummary } from "./IrisanSummary.tsx";
import { placeLabel, rosterFilterFor, selectionLabel, type Place } from "./irisanText.ts";
import "./irisan.css";

/** #/w/<ws>/irisan: KRS by welfare band and the targeting gap, by RW/RT, with the families behind each count. */
export function IrisanPage() {
  const ws = useWorkspace();
  if (!ws.roster) return <p data-testid="household-no-access">{t("hh.noAccess")}</p>;
  const [state] = ws.roster;
  const irisan = createIrisan(state.households, ws.assess);
  const [selection, setSelection] = createSignal<IrisanSelection>({ kind: "gap" });
  const [place, setPlace] = createSignal<Place>({});
  const hasSocialList = () => ws.imports?.[0].batches().some((b) => b.kind === "sosial") ?? false;

  const counts = createMemo((): IrisanCounts => {
    const p = place();
    if (p.rw === undefined) return irisan().counts;
    const area = irisan().byRw.find((a) => a.rw === p.rw);
    const rt = p.rt === undefined ? undefined : area?.rts.find((r) => r.rt === p.rt);
    return rt?.counts ?? area?.counts ?? { keluarga: 0, krs: 0, byBand: { desil1_4: 0, desil5_10: 0, tanpaDesil: 0 }, gap: 0 };
  });
  const families = createMemo(() => irisanFamilies(irisan(), selection(), place()));
  const title = () => [selectionLabel(selection()), place().rw === undefined ? "" : placeLabel(place().rw!, place().rt)].filter(Boolean).join(", ");
  const openInRoster = () => {
    const filter = rosterFilterFor(selection(), place());
    if (!filter) return null;
    return () => {
      ws.rosterFilter[1](filter);
      navigate({ name: "workspace", ws: ws.id, section: "keluarga", item: null });
    };
  };
  const rws = () => irisan().byRw.map((a) => a.rw);
  const rts = () => irisan().byRw.find((a) => a.rw === place().rw)?.rts.map((r) => r.rt) ?? [];
  const code = (v: number | null | undefined) => (v === undefined ? "" : v === null ? "none" : String(v));
  const parse = (v: string): number | null | undefined => (v === "" ? undefined : v === "none" ? null : Number(v));

  return (
    <section class="irisan" data-testid="irisan-page">
      <header class="section-header">
        <h1>{t("irisan.title")}</h1>
      </header>
      <p class="muted">{t("irisan.intro")}</p>
      <Show when={ws.rosterLoaded()} fallback={<p class="muted">{t("common.loading")}</p>}>
        <Show when={!hasSocialList()}>
          <p class="banner warn" data-testid="irisan-no-social-list">{t("irisan.noSocialList")}</p>
        </Show>
        <div class="irisan-place">
          <select aria-label={t("filter.rw")} value={code(place().rw)} onChange={(e) => setPlace({ rw: parse(e.currentTarget.value) })} data-testid="irisan-rw">
            <option value="">{t("irisan.allRw")}</option>
            <For each={rws()}>{(rw) => <option value={code(rw)}>{placeLabel(rw)}</option>}</For>
          </select>
          <select aria-label={t("filter.rt")} value={code(place().rt)} disabled={place().rw === undefined} onChange={(e) => setPlace({ rw: place().rw, rt: parse(e.currentTarget.value) })} data-testid="irisan-rt">
            <option value="">{t("irisan.allRt")}</option>
            <For each={rts()}>{(rt) => <option value={code(rt)}>{placeLabel(place().rw ?? null, rt)}</option>}</For>
          </select>
        </div>
        <p data-testid="irisan-total">{t("irisan.krsTotal", { krs: formatNumber(counts().krs), keluarga: formatNumber(counts().keluarga) })}</p>
        <Show when={irisan().counts.krs > 0} fallback={<p>{t("irisan.noKrs")}</p>}>
          <IrisanSummary counts={counts()} selected={selection()} onSelect={setSelection} />
          <IrisanFamilies title={title()} families={families()} hrefFor={(id) => hrefFor({ name: "workspace", ws: ws.id, section: "keluarga", item: id })} onOpenInRoster={openInRoster()} />
          <IrisanAreas irisan={irisan()} place={place()} onPlace={setPlace} />
        </Show>
      </Show>
    </section>
  );
}
