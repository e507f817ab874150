import { createSignal, For, Show } from "solid-js";
import { STATUSES, type InterventionStatus } from "@shared/model/index.ts";
import { t, tMaybe } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { InterventionForm } from "./InterventionForm.tsx";

/** Kanban by status. Claims, needs and agency rules arrive with the board issue. */
export function BoardPage() {
  const ws = useWorkspace();
  const [state, actions] = ws.board!;
  const writable = ws.canWrite("board");
  const [adding, setAdding] = createSignal(false);
  const agencies = () => ws.meta?.agencies() ?? [];
  const label = (code: string) => agencies().find((a) => a.code === code)?.name ?? code;
  // An OPD liaison moves only its own agency's cards (the relay will enforce it with claims, issue 4).
  const mayMove = (agency: string) => writable && (ws.role !== "opd" || ws.agency === agency);

  return (
    <section>
      <header class="section-header">
        <h1>{t("board.title")}</h1>
        <Show when={writable && !adding()}>
          <button type="button" onClick={() => setAdding(true)} data-testid="add-intervention">
            {t("board.add")}
          </button>
        </Show>
      </header>
      <Show when={adding()}>
        <div class="panel">
          <InterventionForm
            agencies={agencies}
            fixedAgency={ws.role === "opd" ? ws.agency : null}
            onCancel={() => setAdding(false)}
            onSave={(fields) => {
              actions.add(fields);
              setAdding(false);
            }}
          />
        </div>
      </Show>
      <Show when={state.interventions().length > 0} fallback={<p>{t("board.empty")}</p>}>
        <div class="kanban">
          <For each={STATUSES}>
            {(status) => (
              <div class="column" data-status={status}>
                <h2>{t(`status.${status}`)}</h2>
                <For each={state.interventions().filter((i) => i.status === status)}>
                  {(item) => (
                    <article class="card" data-testid="intervention-card">
                      <strong>{item.title}</strong>
                      <span class="muted" title={label(item.agency)}>
                        {item.agency} · {tMaybe(`domain.${item.domain}`, item.domain)}
                      </span>
                      <Show when={mayMove(item.agency)}>
                        <select aria-label={t("board.status")} value={item.status} onChange={(e) => actions.setStatus(item.id, e.currentTarget.value as InterventionStatus)}>
                          <For each={STATUSES}>{(s) => <option value={s}>{t(`status.${s}`)}</option>}</For>
                        </select>
                      </Show>
                    </article>
                  )}
                </For>
              </div>
            )}
          </For>
        </div>
      </Show>
    </section>
  );
}
