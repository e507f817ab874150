import { createSignal, For, Show } from "solid-js";
import { ROLES, type Agency, type Role } from "@shared/model/index.ts";
import type { DirectoryMember, DirectoryMemberFields } from "../../state/meta.ts";
import { formatDate, t } from "../../i18n/index.ts";

/**
 * The workspace's members and roles (meta document), which meetings pick attendees
 * from. Filled by each invite; the lurah adds, corrects and removes entries here.
 */
export function MemberDirectory(props: {
  members: DirectoryMember[];
  /** members whose invite was revoked: listed apart, not offered as attendees */
  revoked: DirectoryMember[];
  agencies: Agency[];
  onAdd: (f: DirectoryMemberFields) => void;
  onUpdate: (id: string, patch: Partial<DirectoryMemberFields>) => void;
  onRemove: (id: string) => void;
}) {
  const [name, setName] = createSignal("");
  const [role, setRole] = createSignal<Role>("kader");
  const [agency, setAgency] = createSignal("");
  const [position, setPosition] = createSignal("");
  // each option says whether it is chosen: a select's value set before <For> has made its options
  // picks the first one (every member showed as lurah, and the add row showed lurah while saving kader)
  const roleSelect = (value: () => Role, onChange: (r: Role) => void) => (
    <select aria-label={t("invites.role")} onChange={(e) => onChange(e.currentTarget.value as Role)}>
      <For each={ROLES}>
        {(r) => (
          <option value={r} selected={r === value()}>
            {t(`role.${r}`)}
          </option>
        )}
      </For>
    </select>
  );
  return (
    <details class="panel member-directory" data-testid="member-directory">
      <summary>{t("minutes.directory", { count: props.members.length })}</summary>
      <ul class="minutes-list">
        <For each={props.members}>
          {(m) => (
            <li data-testid="directory-member" data-name={m.name}>
              <input aria-label={t("invites.name")} value={m.name} onChange={(e) => props.onUpdate(m.id, { name: e.currentTarget.value })} />
              {roleSelect(() => m.role, (r) => props.onUpdate(m.id, { role: r }))}
              <input aria-label={t("minutes.position")} placeholder={t("minutes.position")} value={m.position} onChange={(e) => props.onUpdate(m.id, { position: e.currentTarget.value })} />
              <Show when={m.agency}>
                <span class="muted">{m.agency}</span>
              </Show>
              <button type="button" class="link-button" aria-label={t("minutes.removeNamed", { name: m.name })} onClick={() => props.onRemove(m.id)}>
                ✕
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.revoked.length > 0}>
        <h3 class="muted">{t("minutes.directoryRevoked", { count: props.revoked.length })}</h3>
        <ul class="minutes-list" data-testid="directory-revoked">
          <For each={props.revoked}>
            {(m) => (
              <li class="muted" data-testid="directory-revoked-member">
                <span>{m.name}</span> <span>· {t(`role.${m.role}`)}</span> <span>· {t("minutes.revokedSince", { date: formatDate(m.revokedAt) })}</span>
                <button type="button" class="link-button" aria-label={t("minutes.removeNamed", { name: m.name })} onClick={() => props.onRemove(m.id)}>
                  ✕
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <form
        class="inline-form"
        data-testid="directory-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name().trim()) return;
          props.onAdd({ name: name().trim(), role: role(), agency: role() === "opd" ? agency() : "", position: position().trim() });
          setName("");
          setPosition("");
        }}
      >
        <input name="memberName" aria-label={t("invites.name")} placeholder={t("invites.name")} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        {roleSelect(role, setRole)}
        <Show when={role() === "opd"}>
          <select name="memberAgency" aria-label={t("invites.opd")} value={agency()} onChange={(e) => setAgency(e.currentTarget.value)}>
            <option value="">{t("common.none")}</option>
            <For each={props.agencies}>{(a) => <option value={a.code}>{a.code}</option>}</For>
          </select>
        </Show>
        <input name="memberPosition" aria-label={t("minutes.position")} placeholder={t("minutes.position")} value={position()} onInput={(e) => setPosition(e.currentTarget.value)} />
        <button type="submit" class="secondary">
          {t("common.add")}
        </button>
      </form>
    </details>
  );
}
