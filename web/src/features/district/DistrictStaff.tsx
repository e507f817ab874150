import { createResource, createSignal, For, Show } from "solid-js";
import { DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS } from "@shared/model/index.ts";
import { inviteBases } from "@shared/rules/invite/addresses.ts";
import { isWilayahPrefix, wilayahWithin } from "@shared/rules/wilayah.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { createInvite, inviteLink, listAddresses, listInvites, revokeInvite } from "../../sync/invitesApi.ts";
import type { Session } from "../../sync/sessions.ts";
import { InviteShare } from "../invites/InviteShare.tsx";

/**
 * A district user invites its own staff (issue 16): for its own kode wilayah or a narrower one (a kecamatan
 * under a kota), at most 180 days; sees the staff invites within its reach and revokes them. The relay decides
 * all of it (relay/PROTOCOL.md 3): this form only says early what the relay would refuse.
 */
export function DistrictStaff(props: { session: Session; wilayah: string }) {
  const token = props.session.token;
  const [open, setOpen] = createSignal(false);
  const [invites, { refetch }] = createResource(open, () => listInvites(token));
  const [addresses] = createResource(open, () => listAddresses(token).catch(() => []));
  const bases = () => inviteBases(addresses() ?? [], location.origin);
  const [base, setBase] = createSignal<string | null>(null);
  const chosenBase = () => base() ?? bases()[0]?.url ?? location.origin;
  const [name, setName] = createSignal("");
  const [wilayah, setWilayah] = createSignal(props.wilayah);
  const [days, setDays] = createSignal(Math.min(DEFAULT_INVITE_DAYS, MAX_INVITE_DAYS.district));
  const [created, setCreated] = createSignal<{ name: string; token: string } | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const wilayahOk = () => isWilayahPrefix(wilayah().trim()) && wilayahWithin(wilayah().trim(), props.wilayah);

  const create = async () => {
    setError(null);
    if (!wilayahOk()) return setError(t("district.staff.wilayahOutside", { code: props.wilayah }));
    try {
      const res = await createInvite(token, { role: "district", wilayah: wilayah().trim(), days: days(), ...(name().trim() ? { name: name().trim() } : {}) });
      setCreated({ name: name().trim() || t("role.district"), token: res.token });
      setName("");
      void refetch();
    } catch (e) {
      setError(t("invites.failed", { reason: (e as Error).message }));
    }
  };
  const revoke = async (jti: string) => {
    setError(null);
    try {
      await revokeInvite(token, jti);
      void refetch();
    } catch (e) {
      setError(t("invites.failed", { reason: (e as Error).message }));
    }
  };

  return (
    <details class="district-staff" data-testid="district-staff" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("district.staff.title")}</summary>
      <p class="muted">{t("district.staff.help", { code: props.wilayah, days: MAX_INVITE_DAYS.district })}</p>
      <form
        class="form"
        data-testid="district-staff-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {t("invites.name")}
          <input name="name" value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          {t("district.staff.wilayah")}
          <input name="wilayah" value={wilayah()} onInput={(e) => setWilayah(e.currentTarget.value)} aria-invalid={!wilayahOk()} />
        </label>
        <label>
          {t("invites.days")}
          <input name="days" type="number" min="1" max={MAX_INVITE_DAYS.district} value={days()} onInput={(e) => setDays(Math.min(MAX_INVITE_DAYS.district, Number(e.currentTarget.value) || DEFAULT_INVITE_DAYS))} />
        </label>
        <button type="submit">{t("invites.create")}</button>
      </form>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={created()}>
        {(c) => <InviteShare name={c().name} link={inviteLink(chosenBase(), c().token)} bases={bases()} base={chosenBase()} onBase={setBase} />}
      </Show>
      <ul class="cards">
        <For each={(invites() ?? []).filter((i) => i.role === "district")}>
          {(inv) => (
            <li class="card" data-testid="district-staff-item">
              <strong>{inv.name || t("role.district")}</strong>
              <span class="muted">
                {t("district.wilayah", { code: inv.wilayah ?? "" })} · {inv.state === "active" ? t("invites.until", { date: formatDate(inv.expiresAt) }) : t(`invites.${inv.state}`)}
              </span>
              <Show when={inv.state === "active" && inv.jti !== props.session.payload.jti}>
                <button type="button" class="secondary" onClick={() => void revoke(inv.jti)}>
                  {t("invites.revoke")}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
