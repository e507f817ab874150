import { For } from "solid-js";
import type { Irisan, IrisanCounts } from "@shared/rules/index.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { placeLabel, type Place } from "./irisanText.ts";

const COLUMNS = ["krs", "desil1_4", "desil5_10", "tanpaDesil", "gap"] as const;
const value = (c: IrisanCounts, col: (typeof COLUMNS)[number]): number => (col === "krs" ? c.krs : col === "gap" ? c.gap : c.byBand[col]);

/** Counts per RW and, under each, per RT; tapping a row looks at that place. */
export function IrisanAreas(props: { irisan: Irisan; place: Place; onPlace: (p: Place) => void }) {
  const row = (label: string, counts: IrisanCounts, place: Place, level: "rw" | "rt") => (
    <tr
      class={`irisan-area irisan-${level}`}
      classList={{ selected: props.place.rw === place.rw && props.place.rt === place.rt }}
      data-testid="irisan-area"
      data-place={`${String(place.rw)}/${String(place.rt ?? "")}`}
      onClick={() => props.onPlace(place)}
    >
      <th scope="row">
        <button type="button" class="link-button">
          {label}
        </button>
      </th>
      <For each={COLUMNS}>{(col) => <td>{formatNumber(value(counts, col))}</td>}</For>
    </tr>
  );
  return (
    <section class="panel irisan-areas">
      <h2>{t("irisan.byArea")}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("irisan.col.area")}</th>
              <For each={COLUMNS}>{(col) => <th scope="col">{t(`irisan.col.${col}`)}</th>}</For>
            </tr>
          </thead>
          <For each={props.irisan.byRw}>
            {(area) => (
              <tbody>
                {row(placeLabel(area.rw), area.counts, { rw: area.rw }, "rw")}
                <For each={area.rts}>{(rt) => row(placeLabel(area.rw, rt.rt), rt.counts, { rw: area.rw, rt: rt.rt }, "rt")}</For>
              </tbody>
            )}
          </For>
        </table>
      </div>
    </section>
  );
}
