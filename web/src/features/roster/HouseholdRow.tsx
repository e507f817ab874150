import { createRenderEffect } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import type { HouseholdAssessment } from "@shared/rules/index.ts";
import { t } from "../../i18n/index.ts";
import { krsBadgeView } from "./KrsBadge.tsx";

/** where spares wait: above the table's body, which neither shows nor scrolls to it */
const SPARE_TOP = -200;

/**
 * One household in the roster grid (row 1 is the header), at list position `index`, placed
 * `top` px down; the name links to the household page. A row element not `shown` is a spare
 * (rowSlots.ts): invisible (to screen readers too), parked above the table, and no household
 * row to anyone. Invisible, not display: none, so it keeps its layout: a spare shown again
 * costs a paint, where one that was display: none would be built again.
 *
 * Rows take a new family on nearly every search key, so what a row shows is written by one
 * update that compares each value with the last one, into text nodes made once: no binding
 * per cell, and no text node replaced when a cell goes from empty to filled (each costs
 * Chromium a layout object per key).
 */
export function HouseholdRow(props: { id: string; shown: boolean; household: Household; assessment: HouseholdAssessment; href: string; index: number; top: number }) {
  const text = () => document.createTextNode("");
  const name = text(), rtRw = text(), noKk = text(), members = text(), tag = text(), why = text(), stunting = text(), desil = text();
  // assigned by the refs when the row is made, before the update below first runs
  let link!: HTMLAnchorElement, krsCell!: HTMLDivElement, badge!: HTMLSpanElement, tagBox!: HTMLSpanElement, stuntingBox!: HTMLSpanElement;
  // the elements first: the update writes into them
  const row = (
    <div class="roster-row" role="row" id={props.id} aria-rowindex={props.index + 2} classList={{ spare: !props.shown }} style={{ transform: `translateY(${props.shown ? props.top : SPARE_TOP}px)` }} data-testid={props.shown ? "household-row" : undefined} data-id={props.household.id} data-index={props.index}>
      <div role="cell">
        <a ref={(el) => (link = el)}>{name}</a>
      </div>
      <div role="cell">{rtRw}</div>
      <div role="cell" class="mono">
        {noKk}
      </div>
      <div role="cell">{members}</div>
      <div role="cell" ref={(el) => (krsCell = el)}>
        <span ref={(el) => (badge = el)}>
          <span ref={(el) => (tagBox = el)}>{tag}</span>
          {why}
        </span>
      </div>
      <div role="cell">
        <span ref={(el) => (stuntingBox = el)}>{stunting}</span>
      </div>
      <div role="cell">{desil}</div>
    </div>
  );

  createRenderEffect(() => {
    const h = props.household;
    const { screening, stunting: category } = props.assessment;
    write(name, h.kepala || t("common.none"));
    setAttr(link, "href", props.href);
    write(rtRw, `${h.rt ?? "?"}/${h.rw ?? "?"}`);
    write(noKk, h.noKk);
    write(members, String(h.members.length));
    const krs = krsBadgeView(screening);
    setAttr(badge, "class", krs.className);
    setAttr(badge, "data-testid", krs.testId);
    setAttr(badge, "title", krs.title);
    setAttr(tagBox, "class", krs.tagClass);
    write(tag, krs.tag);
    write(why, krs.text);
    setAttr(stuntingBox, "class", category ? `stunting stunting-${category.replace(" ", "-")}` : null);
    // on a phone the reason takes the whole second line, or leaves room for a stunting category (styles.css)
    setAttr(krsCell, "class", category ? "beside-stunting" : null);
    write(stunting, category ? t(`stunting.${category}`) : "");
    write(desil, h.desil === null ? "" : String(h.desil));
  });
  return row;
}

function write(node: Text, value: string): void {
  if (node.data !== value) node.data = value;
}

function setAttr(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
