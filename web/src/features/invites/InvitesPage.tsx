import { createResource, createSignal, For, Show } from "solid-js";
import { formatDate, t } from "../../i18n/index.ts";
import { useWorkspace } from "../../state/context.ts";
import { createInvite, inviteLink, listInvites, revokeInvite, type InviteRequest } from "../../sync/invitesApi.ts";
import { InviteForm } from "./InviteForm.tsx";

/** The lurah mints and revokes invite links; the relay does both (it holds the secret). */
export function InvitesPage() {
  const ws = useWorkspace();
  // the directory follows the relay's list: members whose invite was revoked are set apart
  const [invites, { refetch }] = createResource(async () => {
    const list = await listInvites(ws.token);
    ws.meta?.actions.noteRevocations(list);
    return list;
  });
  const [created, setCreated] = createSignal<{ name: string; link: string } | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  const create = async (req: InviteRequest) => {
    setError(null);
    try {
      const res = await createInvite(ws.token, req);
      // the invited person joins the member directory, so meetings can list them as attendees
      const meta = ws.meta;
      const known = meta && [...meta.members(), ...meta.revokedMembers()].find((m) => m.name === req.name && m.role === req.role);
      if (req.name && known) meta?.actions.linkInvite(known.id, res.jti);
      else if (req.name) meta?.actions.addMember({ name: req.name, role: req.role, agency: req.opd ?? "", position: "" }, res.jti);
      setCreated({ name: req.name ?? t(`role.${req.role}`), link: inviteLink(location.origin, res.token) });
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
        {(c) => (
          <div class="panel" data-testid="invite-created">
            <p>{t("invites.link", { name: c().name })}</p>
            <input readOnly value={c().link} data-testid="invite-link" onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void navigator.clipboard?.writeText(c().link)}>
              {t("invites.copy")}
            </button>
          </div>
        )}
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
