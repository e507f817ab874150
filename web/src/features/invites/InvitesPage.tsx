import { createResource, createSignal, For, Show } from "solid-js";
import { inviteBases } from "@shared/rules/invite/addresses.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { createInvite, inviteLink, listAddresses, listInvites, revokeInvite, type InviteRequest } from "../../sync/invitesApi.ts";
import { InviteForm } from "./InviteForm.tsx";
import { InviteShare } from "./InviteShare.tsx";

/** The lurah mints and revokes invite links; the relay does both (it holds the secret). */
export function InvitesPage() {
  const ws = useWorkspace();
  // the directory follows the relay's list: members whose invite was revoked are set apart
  const [invites, { refetch }] = createResource(async () => {
    const list = await listInvites(ws.token);
    ws.meta?.actions.noteRevocations(list);
    return list;
  });
  const [created, setCreated] = createSignal<{ name: string; token: string } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  // Where the link points: the relay's addresses and this page's, best first; the lurah's pick is kept
  // (an older relay without the list, or none at all, leaves the page's own address).
  const [relayAddresses] = createResource(() => listAddresses(ws.token).catch(() => []));
  const bases = () => inviteBases(relayAddresses() ?? [], location.origin);
  const baseKey = `rembuk:inviteBase:${ws.id}`;
  const [picked, setPicked] = createSignal(localStorage.getItem(baseKey));
  const base = () => bases().find((b) => b.url === picked())?.url ?? bases()[0]?.url ?? location.origin;
  const pick = (url: string) => {
    localStorage.setItem(baseKey, url);
    setPicked(url);
  };

  const create = async (req: InviteRequest) => {
    setError(null);
    try {
      const res = await createInvite(ws.token, req);
      // the invited person joins the member directory, so meetings can list them as attendees
      const meta = ws.meta;
      const known = meta && [...meta.members(), ...meta.revokedMembers()].find((m) => m.name === req.name && m.role === req.role);
      if (req.name && known) meta?.actions.linkInvite(known.id, res.jti);
      else if (req.name) meta?.actions.addMember({ name: req.name, role: req.role, agency: req.opd ?? "", position: "" }, res.jti);
      setCreated({ name: req.name ?? t(`role.${req.role}`), token: res.token });
      void refetch();
    } catch (e) {
      setError(t("invites.failed", { reason: (e as Error).message }));
    }
  };
  const revoke = async (jti: string) => {
    try {
      await revokeInvite(ws.token, jti);
      void refetch();
    } catch (e) {
      setError(t("invites.failed", { reason: (e as Error).message }));
    }
  };

  return (
    <section>
      <h1>{t("invites.title")}</h1>
      <p class="muted">{t("invites.needOnline")}</p>
      <InviteForm agencies={() => ws.meta?.agencies() ?? []} onCreate={(req) => void create(req)} />
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={created()}>
        {(c) => <InviteShare name={c().name} link={inviteLink(base(), c().token)} bases={bases()} base={base()} onBase={pick} />}
      </Show>
      <ul class="cards">
        <For each={invites() ?? []}>
          {(inv) => (
            <li class="card" data-testid="invite-item">
              <strong>{inv.name || t(`role.${inv.role}`)}</strong>
              <span class="muted">
                {t(`role.${inv.role}`)}
                {inv.opd ? ` · ${inv.opd}` : ""} · {inv.state === "active" ? t("invites.until", { date: formatDate(inv.expiresAt) }) : t(`invites.${inv.state}`)}
              </span>
              <Show when={inv.state === "active"}>
                <button type="button" class="secondary" onClick={() => void revoke(inv.jti)}>
                  {t("invites.revoke")}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
