import { createSignal, For, Show } from "solid-js";
import type { Household, ImportBatch, SocialLink, SocialProgramme, WelfareDifference } from "@shared/model/index.ts";
import { formatDate, formatNumber, t } from "../../i18n/index.ts";
import "./sources.css";

export interface SourcesActions {
  follow(field: "desil" | SocialProgramme): void;
  /** "not this family": the link is rejected (recorded, undoable); returns the decision's id */
  unlink(link: SocialLink): string | null;
  undo(decisionId: string): void;
}

/**
 * Where the family's data came from (issue 15): the family list's code and the import that wrote
 * it, the social-list rows linked to it with their desil and programmes, how each was linked
 * (automatically with its score, or by whom), and where a hand-entered value differs from the list.
 */
export function HouseholdSources(props: { household: Household; batch: (id: string) => ImportBatch | undefined; writable: boolean; actions: SourcesActions }) {
  const sources = () => props.household.sources;
  const [undoable, setUndoable] = createSignal<{ decisionId: string; rowId: string } | null>(null);
  const batchText = (id: string) => {
    const b = props.batch(id);
    if (!b) return t("sources.batchUnknown", { id });
    const params = { file: b.source.fileName, sheet: b.source.sheet, date: formatDate(b.at), by: b.by };
    return b.source.sheet ? t("sources.batchSheet", params) : t("sources.batch", params);
  };
  const linkedHow = (link: SocialLink) =>
    link.how === "person" ? t("sources.person", { by: link.by, date: formatDate(link.at) }) : link.score === null ? t("sources.autoNoScore") : t("sources.auto", { score: formatNumber(link.score) });
  const yesNo = (v: number | boolean) => (typeof v === "number" ? String(v) : v ? t("sources.yes") : t("sources.no"));
  const differText = (d: WelfareDifference) =>
    d.field === "desil" ? t("sources.differs.desil", { hand: yesNo(d.hand), list: yesNo(d.list) }) : t("sources.differs.aid", { programme: d.field, hand: yesNo(d.hand), list: yesNo(d.list) });

  return (
    <section class="panel hh-sources" data-testid="household-sources">
      <h2>{t("sources.title")}</h2>
      <Show
        when={sources()}
        fallback={
          <>
            <p class="muted">{t("sources.handEntered")}</p>
            <p class="muted" data-testid="source-social-none">{t("sources.notLinked")}</p>
          </>
        }
      >
        {(s) => (
          <>
            <Show when={s().families.length > 0}>
              <h3>{t("sources.family")}</h3>
              <ul class="hh-source-list">
                <For each={s().families}>
                  {(origin) => (
                    <li data-testid="source-family">
                      <strong>{t("sources.listId", { id: origin.listId })}</strong>
                      <span class="muted">{batchText(origin.batchId)}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <h3>{t("sources.social")}</h3>
            <Show when={s().social.length > 0} fallback={<p class="muted" data-testid="source-social-none">{t("sources.notLinked")}</p>}>
              <ul class="hh-source-list">
                <For each={s().social}>
                  {(link) => (
                    <li data-testid="source-social" data-row={link.rowId}>
                      <strong>{t("sources.rowId", { id: link.rowId })}</strong>
                      <span data-testid="source-social-data">
                        {[link.nikMasked ? t("sources.nik", { nik: link.nikMasked }) : "", link.desil === null ? t("sources.noDesil") : t("sources.desil", { desil: link.desil }), link.aid.length > 0 ? link.aid.join(", ") : t("sources.noAid")].filter(Boolean).join(" · ")}
                      </span>
                      <span class="muted" data-testid="source-social-how">{linkedHow(link)}</span>
                      <Show when={link.evidence.length > 0}>
                        <span class="muted">{t("sources.evidence", { codes: link.evidence.join(", ") })}</span>
                      </Show>
                      <span class="muted">{batchText(link.batchId)}</span>
                      <Show when={props.writable}>
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => {
                            if (!confirm(t("sources.unlinkConfirm", { id: link.rowId }))) return;
                            const decisionId = props.actions.unlink(link);
                            if (decisionId) setUndoable({ decisionId, rowId: link.rowId });
                          }}
                        >
                          {t("sources.unlink")}
                        </button>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <For each={s().differs}>
              {(d) => (
                <p class="hh-source-differs" data-testid="source-differs">
                  {differText(d)}{" "}
                  <Show when={props.writable}>
                    <button type="button" class="link-button" onClick={() => props.actions.follow(d.field)}>
                      {t("sources.follow")}
                    </button>
                  </Show>
                </p>
              )}
            </For>
          </>
        )}
      </Show>
      {/* outside the provenance: unlinking the only row of a family typed by hand leaves it none */}
      <Show when={undoable()}>
        {(u) => (
          <p class="banner" data-testid="source-unlinked">
            {t("sources.unlinked", { id: u().rowId })}{" "}
            <button type="button" class="link-button" onClick={() => (props.actions.undo(u().decisionId), setUndoable(null))}>
              {t("sources.undo")}
            </button>
          </p>
        )}
      </Show>
    </section>
  );
}
