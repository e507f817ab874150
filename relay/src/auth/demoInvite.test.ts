import { describe, expect, it } from "vitest";
import { MemoryStorage } from "../storage/memory.ts";
import { demoInvite } from "./demoInvite.ts";
import { Keyring } from "./keys.ts";
import { verifyToken } from "./tokens.ts";

const KEYS = Keyring.fixed([{ kid: "k-test", secret: new Uint8Array(32).fill(7), createdAt: 0, retiredAt: null }]);
const DAY = 86_400;
const T0 = 1_795_000_000;

describe("demo invite at start", () => {
  it("a restart prints the same working link and adds no invite", async () => {
    const storage = new MemoryStorage();
    const first = await demoInvite(KEYS, storage, "desa-contoh", T0);
    const second = await demoInvite(KEYS, storage, "desa-contoh", T0 + 3 * DAY);
    expect(first.reused).toBe(false);
    expect(second.reused).toBe(true);
    expect(second.token).toBe(first.token);
    expect(storage.listInvites("desa-contoh")).toHaveLength(1);
    const verified = await verifyToken(KEYS, second.token, T0 + 3 * DAY);
    expect(verified.ok && verified.payload.role).toBe("lurah");
  });

  it("a revoked demo link is replaced, and so is one about to expire", async () => {
    const storage = new MemoryStorage();
    const first = await demoInvite(KEYS, storage, "desa-contoh", T0);
    storage.revokeInvite("desa-contoh", first.payload.jti, T0 + DAY);
    const second = await demoInvite(KEYS, storage, "desa-contoh", T0 + DAY);
    expect(second.reused).toBe(false);
    expect(second.token).not.toBe(first.token);
    const third = await demoInvite(KEYS, storage, "desa-contoh", T0 + 25 * DAY);
    expect(third.reused).toBe(false);
    expect(storage.listInvites("desa-contoh")).toHaveLength(3);
  });
});
