import { createResource, createSignal, For, Show } from "solid-js";
import { inviteBases } from "@shared/rules/invite/addresses.ts";
import { formatDate, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { createInvite, inviteLink, listAddresses, listInvites, revokeInvite, type InviteInfo, type InviteRequest } from "../../sync/invitesApi.ts";
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
  const [notice, setNotice] = createSignal<string | null>(null);
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
    setNotice(null);
    try {
      const res = await revokeInvite(ws.token, jti);
      // what the revoked person minted is revoked with it (relay/PROTOCOL.md section 3)
      if (res.cascaded.length > 0) setNotice(t("invite.cascaded", { n: res.cascaded.length }));
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
      <Show when={notice()}>
        <p role="status" data-testid="invite-notice">
          {notice()}
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
              <span class="muted" data-testid="invite-minted-by">
                {mintedByText(inv)}
              </span>
              <Show when={inv.state === "active"}>
                <button type="button" class="secondary" onClick={() => void revoke(inv.jti)}>
                  {activeMintedBy(invites() ?? [], inv.jti) > 0 ? t("invite.revokeWithMinted", { n: activeMintedBy(invites() ?? [], inv.jti) }) : t("invites.revoke")}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

/** Who made this invite: a person of the list (by name, else role), or the relay operator. */
function mintedByText(inv: InviteInfo): string {
  const by = inv.mintedBy;
  if (by === null) return t("invite.mintedByOperator");
  return t("invite.mintedBy", { who: by.name || (by.role ? t(`role.${by.role}`) : by.jti.slice(0, 6)) });
}

/** How many active invites `jti`'s holder minted, directly or down the chain: revoked with it. */
function activeMintedBy(invites: readonly InviteInfo[], jti: string): number {
  const seen = new Set([jti]);
  let frontier = [jti];
  let count = 0;
  while (frontier.length > 0) {
    const next = invites.filter((i) => i.mintedBy !== null && frontier.includes(i.mintedBy.jti) && !seen.has(i.jti));
    for (const i of next) {
      seen.add(i.jti);
      if (i.state === "active") count++;
    }
    frontier = next.map((i) => i.jti);
  }
  return count;
}
