import { describe, expect, it } from "vitest";
import { summariseSync, type LinkReport } from "./syncSummary.ts";

const r = (link: LinkReport["link"], count = 0, since: number | null = null, refusal: string | null = null): LinkReport => ({
  link,
  pending: { count, since },
  refusal,
});

describe("summariseSync", () => {
  it.each([
    ["all synced, nothing pending", [r("synced"), r("synced")], true, "online"],
    ["synced but a change awaits its echo", [r("synced", 1, 10), r("synced")], true, "syncing"],
    ["one link still handshaking", [r("synced"), r("connected")], true, "syncing"],
    ["one link down", [r("synced"), r("offline")], true, "offline"],
    ["browser says offline", [r("synced")], false, "offline"],
    ["relay refused one document", [r("synced"), r("refused", 0, null, "token dicabut")], true, "refused"],
  ] as const)("%s", (_name, links, online, mode) => {
    expect(summariseSync([...links], online).mode).toBe(mode);
  });

  it("sums pending changes and keeps the oldest time", () => {
    const s = summariseSync([r("offline", 2, 300), r("offline", 3, 100), r("offline")], false);
    expect(s).toEqual({ mode: "offline", pending: 5, since: 100, refusal: null });
  });

  it("names the refusal reason", () => {
    expect(summariseSync([r("refused", 0, null, "token dicabut")], true).refusal).toBe("token dicabut");
  });
});
