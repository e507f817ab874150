import { DOC_KINDS } from "@shared/model/index.ts";
import { describe, expect, it } from "vitest";
import { openRaw, roomUrl } from "./support/clients.ts";
import { districtToken } from "./support/reports.ts";
import { startRelay } from "./support/relay.ts";
import { waitFor } from "./support/waitFor.ts";

/** relay/PROTOCOL.md section 1, "Refusals at the HTTP upgrade": a district reads reports, never a village document. */
describe("a district token opens no village document, whatever the workspace", () => {
  it.each(DOC_KINDS)("%s of a village under its prefix, and of one outside it: 403 before any byte", async (doc) => {
    const relay = await startRelay();
    relay.storage.registerWorkspace({ id: "desa-a", kodeWilayah: "53.71.01.1001", name: "Namosain" }, Date.now());
    const { token } = districtToken(relay.storage, "53.71");
    for (const workspace of ["desa-a", "desa-lain", "53-71"]) {
      const raw = openRaw(roomUrl(relay.syncUrl, `${workspace}/${doc}`, token));
      await waitFor(() => raw.refusedStatus !== null || raw.opened, "upgrade answer");
      expect(raw.opened, `${workspace}/${doc}`).toBe(false);
      expect(raw.refusedStatus, `${workspace}/${doc}`).toBe(403);
      expect(raw.messages).toEqual([]);
    }
    // refused as a district, before the workspace is even compared
    expect(relay.log.lines.filter((l) => l.includes("upgrade.refused")).every((l) => l.includes("why=district_no_documents"))).toBe(true);
    expect(relay.log.lines.filter((l) => l.includes("upgrade.refused"))).toHaveLength(3);
  });
});
