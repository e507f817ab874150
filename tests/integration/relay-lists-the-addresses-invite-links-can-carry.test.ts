import { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import { spawnRelay } from "./support/childRelay.ts";
import { startRelay } from "./support/relay.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";

interface Listed {
  url: string;
  kind: string;
  interface: string | null;
}

// Every request goes to 127.0.0.1: the other addresses are only listed, never dialled.
async function addresses(port: number, bearer: string | null, method = "GET") {
  const res = await fetch(`http://127.0.0.1:${port}/api/addresses`, { method, headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  return { status: res.status, json: (await res.json()) as { addresses?: Listed[]; error?: string } };
}

/** The machine's IPv4 addresses as Node sees them, without link-local ones (169.254/16). */
function machineIpv4(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === "IPv4" && !a.address.startsWith("169.254."))
    .map((a) => a.address);
}

describe("the relay lists the addresses invite links can carry (GET /api/addresses)", () => {
  it("listening on 0.0.0.0, it lists every IPv4 interface with its port, loopback last, to the lurah only", async () => {
    const { port } = await startRelay({ host: "0.0.0.0" });
    const answer = await addresses(port, token("desa-a", "lurah"));
    expect(answer.status).toBe(200);
    const listed = answer.json.addresses!;
    const expected = machineIpv4().map((ip) => `http://${ip}:${port}`);
    expect(listed.map((a) => a.url).sort()).toEqual([...expected].sort());
    expect(listed.at(-1)).toMatchObject({ url: `http://127.0.0.1:${port}`, kind: "loopback", interface: expect.any(String) as string });
    // the best guess is a network address when the machine has one, never loopback
    if (expected.length > 1) expect(listed[0]!.kind).not.toBe("loopback");

    expect((await addresses(port, token("desa-a", "kader"))).status).toBe(403);
    expect((await addresses(port, token("desa-a", "opd"))).status).toBe(403);
    expect((await addresses(port, null)).status).toBe(401);
    expect((await addresses(port, "not.a.token")).status).toBe(401);
    expect((await addresses(port, token("desa-a", "lurah"), "POST")).status).toBe(405);
  });

  it("a relay process with PUBLIC_URL puts it first; bound to 127.0.0.1 it offers no other interface", async () => {
    const child = await spawnRelay(tempDataDir(), { PUBLIC_URL: "https://rembuk.desa-contoh.test/" });
    const answer = await addresses(child.port, token("desa-a", "lurah"));
    expect(answer).toEqual({
      status: 200,
      json: {
        addresses: [
          { url: "https://rembuk.desa-contoh.test", kind: "public", interface: null },
          { url: `http://127.0.0.1:${child.port}`, kind: "loopback", interface: null },
        ],
      },
    });
  });
});
