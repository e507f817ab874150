import { t } from "../../i18n/index.ts";
import { navigate } from "../../app/route.ts";
import type { Workspace } from "../../state/workspace.ts";

/** "Keluar & hapus data perangkat", after a confirmation that names what would be lost. */
export async function confirmAndSignOut(ws: Workspace): Promise<void> {
  const pending = ws.sync().pending;
  const name = ws.meta?.profile().name || ws.id;
  const question = pending > 0 ? t("home.signOutUnsynced", { count: pending, ws: name }) : t("home.signOutConfirm", { ws: name });
  if (!confirm(question)) return;
  await ws.signOut();
  navigate({ name: "home" }, true);
}
