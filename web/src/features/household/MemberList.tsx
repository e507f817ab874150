import { createMemo, createSignal, For, Show } from "solid-js";
import type { Household } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import type { MemberInput } from "../../state/roster.ts";
import { MemberForm } from "./MemberForm.tsx";
import { MemberRow } from "./MemberRow.tsx";

export interface MemberActions {
  add(fields: MemberInput): void;
  update(memberId: string, patch: MemberInput): void;
  remove(memberId: string): void;
}

/**
 * The anggota keluarga: rows keyed by member id (so an edit arriving from
 * another phone does not close an open form), plus the add/edit form.
 */
export function MemberList(props: { household: Household; today: string; writable: boolean; actions: MemberActions }) {
  const [editing, setEditing] = createSignal<string | "new" | null>(null);
  const ids = createMemo(() => props.household.members.map((m) => m.id), undefined, { equals: (a, b) => a.join() === b.join() });
  const memberOf = (id: string) => props.household.members.find((m) => m.id === id);

  const remove = (id: string) => {
    const member = memberOf(id);
    if (member && window.confirm(t("hh.member.removeConfirm", { name: member.nama || "?" }))) props.actions.remove(id);
  };

  return (
    <section class="panel" data-testid="members">
      <div class="section-header">
        <h2>{t("hh.members.title")}</h2>
        <Show when={props.writable && editing() === null}>
          <button type="button" onClick={() => setEditing("new")} data-testid="add-member">
            {t("hh.members.add")}
          </button>
        </Show>
      </div>
      <Show when={editing()} keyed>
        {(id) => (
          <div class="hh-subpanel">
            <h3>{id === "new" ? t("hh.member.new") : t("hh.member.edit")}</h3>
            <MemberForm
              initial={id === "new" ? undefined : memberOf(id)}
              today={props.today}
              onCancel={() => setEditing(null)}
              onSave={(patch) => {
                if (id === "new") props.actions.add(patch);
                else if (Object.keys(patch).length > 0) props.actions.update(id, patch);
                setEditing(null);
              }}
            />
          </div>
        )}
      </Show>
      <Show when={ids().length > 0} fallback={<p class="muted">{t("hh.members.empty")}</p>}>
        <ul class="cards">
          <For each={ids()}>
            {(id) => (
              <Show when={memberOf(id)}>
                {(member) => <MemberRow member={member()} today={props.today} writable={props.writable} onEdit={() => setEditing(id)} onRemove={() => remove(id)} />}
              </Show>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
