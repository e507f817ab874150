import { describe, expect, it } from "vitest";
import { summariseSync, type LinkReport } from "./syncSummary.ts";

const r = (link: LinkReport["link"], count = 0, since: number | null = null, more: Partial<LinkReport> = {}): LinkReport => ({
  link,
  pending: { count, since },
  refusal: null,
  access: null,
  everSynced: true,
  storageFailed: false,
  ...more,
});

describe("summariseSync", () => {
  it.each([
    ["all synced, nothing pending", [r("synced"), r("synced")], true, "online"],
    ["synced but a change awaits its echo", [r("synced", 1, 10), r("synced")], true, "syncing"],
    ["one link still handshaking", [r("synced"), r("connected")], true, "syncing"],
    ["one link down", [r("synced"), r("offline")], true, "offline"],
    ["browser says offline", [r("synced")], false, "offline"],
    ["relay refused one document", [r("synced"), r("refused", 0, null, { refusal: "pesan rusak" })], true, "refused"],
    ["the token was revoked", [r("refused", 0, null, { access: "revoked", refusal: "token dicabut" }), r("refused", 0, null, { access: "revoked" })], true, "refused"],
  ] as const)("%s", (_name, links, online, mode) => {
    expect(summariseSync([...links], online).mode).toBe(mode);
  });

  it("sums pending changes and keeps the oldest time", () => {
    const s = summariseSync([r("offline", 2, 300), r("offline", 3, 100), r("offline")], false);
    expect(s).toEqual({ mode: "offline", pending: 5, since: 100, refusal: null, access: null, firstSync: false, storageFailed: false });
  });

  it("names the refusal reason", () => {
    expect(summariseSync([r("refused", 0, null, { refusal: "token dicabut" })], true).refusal).toBe("token dicabut");
  });

  it.each([
    ["a document never received is loading", [r("synced"), r("connecting", 0, null, { everSynced: false })], true, true],
    ["a document received before is only reconnecting", [r("connecting"), r("connected")], true, false],
    ["offline before the first sync is not loading", [r("offline", 0, null, { everSynced: false })], false, false],
    ["a refused token is not loading", [r("refused", 0, null, { everSynced: false, access: "invalid" }), r("connecting", 0, null, { everSynced: false })], true, false],
  ] as const)("first sync: %s", (_name, links, online, firstSync) => {
    expect(summariseSync([...links], online).firstSync).toBe(firstSync);
  });

  it("the hardest access verdict wins, and a storage failure on any document shows", () => {
    const s = summariseSync([r("refused", 0, null, { access: "expired" }), r("refused", 0, null, { access: "revoked", storageFailed: true }), r("synced")], true);
    expect(s).toMatchObject({ mode: "refused", access: "revoked", storageFailed: true });
  });
});
