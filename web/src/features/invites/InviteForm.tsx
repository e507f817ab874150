import { createSignal, For, Show, type Accessor } from "solid-js";
import { DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS, VILLAGE_ROLES, type Agency, type Role } from "@shared/model/index.ts";
import { t } from "../../i18n/index.ts";
import { Field } from "../../ui/Field.tsx";
import type { InviteRequest } from "../../sync/invitesApi.ts";

export function InviteForm(props: { agencies: Accessor<Agency[]>; onCreate: (req: InviteRequest) => void }) {
  const [role, setRole] = createSignal<Role>("kader");
  const [name, setName] = createSignal("");
  const [opd, setOpd] = createSignal("");
  const [days, setDays] = createSignal(DEFAULT_INVITE_DAYS);
  // each role has its longest lifetime (shared/src/model/roles.ts); the relay refuses more
  const maxDays = () => MAX_INVITE_DAYS[role()];
  return (
    <form
      class="form"
      data-testid="invite-form"
      onSubmit={(e) => {
        e.preventDefault();
        const req: InviteRequest = { role: role(), days: Math.min(days(), maxDays()) };
        if (name().trim()) req.name = name().trim();
        if (role() === "opd") req.opd = opd();
        props.onCreate(req);
      }}
    >
      <div class="row">
        <Field label={t("invites.role")}>
          <select name="role" value={role()} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            <For each={VILLAGE_ROLES}>{(r) => <option value={r}>{t(`role.${r}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("invites.days")}>
          <input name="days" type="number" min="1" max={maxDays()} value={days()} onInput={(e) => setDays(Number(e.currentTarget.value) || DEFAULT_INVITE_DAYS)} />
        </Field>
      </div>
      <p class="muted">{t("invite.maxDays", { n: maxDays() })}</p>
      <Field label={t("invites.name")}>
        <input name="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <Show when={role() === "opd"}>
        <Field label={t("invites.opd")}>
          <select name="opd" value={opd()} onChange={(e) => setOpd(e.currentTarget.value)} required>
            <option value="">{t("common.none")}</option>
            <For each={props.agencies()}>{(a) => <option value={a.code}>{`${a.code}: ${a.name}`}</option>}</For>
          </select>
        </Field>
      </Show>
      <button type="submit">{t("invites.create")}</button>
    </form>
  );
}
