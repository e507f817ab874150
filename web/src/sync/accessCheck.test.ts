import { describe, expect, it } from "vitest";
import type { TokenStatus } from "@shared/model/index.ts";
import { accessVerdictOfClose, makeAccessWatch, verdictOfStatus, type AccessVerdict } from "./accessCheck.ts";

describe("access verdicts", () => {
  it.each<[TokenStatus, AccessVerdict | null]>([
    ["valid", null],
    ["revoked", "revoked"],
    ["expired", "expired"],
    ["bad_signature", "invalid"],
    ["malformed", "invalid"],
    ["missing", "invalid"],
  ])("token status %s means %s", (status, verdict) => {
    expect(verdictOfStatus(status)).toBe(verdict);
  });

  it.each<[number, string, AccessVerdict | null]>([
    [4401, "token dicabut", "revoked"],
    [4401, "token kedaluwarsa", "expired"],
    [4403, "perubahan ditolak", null],
    [4500, "sinkronkan ulang", null],
    [1006, "", null],
  ])("close %i %s means %s", (code, reason, verdict) => {
    expect(accessVerdictOfClose(code, reason)).toBe(verdict);
  });
});

describe("the access watch", () => {
  const setup = (answers: Array<TokenStatus | null>) => {
    let clock = 0;
    const asked: number[] = [];
    const verdicts: AccessVerdict[] = [];
    const pending: Array<() => void> = [];
    const watch = makeAccessWatch({
      now: () => clock,
      intervalMs: 30_000,
      check: () => {
        asked.push(clock);
        const answer = answers.shift() ?? null;
        return new Promise((resolve) => pending.push(() => resolve(answer)));
      },
      onVerdict: (v) => verdicts.push(v),
    });
    const answer = async () => {
      pending.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    };
    return { watch, asked, verdicts, answer, tick: (ms: number) => (clock += ms) };
  };

  it("asks at the first failure, then not more than once per interval while the relay cannot be reached", async () => {
    const s = setup([null, null, "valid"]);
    s.watch.connectFailed();
    s.watch.connectFailed(); // a second document's failure while the question is out
    await s.answer();
    s.tick(10_000);
    s.watch.connectFailed();
    s.tick(20_000);
    s.watch.connectFailed();
    await s.answer();
    expect(s.asked).toEqual([0, 30_000]);
    expect(s.verdicts).toEqual([]);
  });

  it("reports a final answer once and asks no more", async () => {
    const s = setup(["revoked"]);
    s.watch.connectFailed();
    await s.answer();
    s.tick(60_000);
    s.watch.connectFailed();
    expect(s.verdicts).toEqual(["revoked"]);
    expect(s.asked).toEqual([0]);
  });
});
