import { expect, it } from "vitest";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import WebSocket from "ws";
import { addHousehold, readHouseholds } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { onCleanup } from "./support/cleanup.ts";
import { openClient, openRaw, openRawConnected, openSyncedClient, roomUrl } from "./support/clients.ts";
import { api } from "./support/reports.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

// Issue 17, item 15: tokens travelled in the URL query string (where reverse proxies log them) and carried
// the invitee's name. relay/PROTOCOL.md section 1: the token goes in the WebSocket subprotocol list.
it("a stock y-websocket client passes its token as a subprotocol, as PROTOCOL.md documents, and the relay never echoes it", async () => {
  const relay = await startRelay();
  const kader = token("desa-a", "kader");
  // exactly the documented call: no params, the token in `protocols`
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(relay.syncUrl, "desa-a/roster", doc, {
    protocols: ["rembuk", `rembuk-token.${kader}`],
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  onCleanup(() => provider.destroy());
  await waitFor(() => provider.synced, "the stock client to sync");
  expect(provider.ws?.url).toBe(`${relay.syncUrl}/desa-a/roster`);
  expect(provider.ws?.protocol).toBe("rembuk");

  const other = await openSyncedClient(relay.syncUrl, "desa-a/roster", token("desa-a", "lurah"));
  addHousehold(doc, "kel-1", { ...emptyHousehold(), kepala: "Budi Santoso", rt: 1, rw: 1 }, new Date());
  await waitFor(() => readHouseholds(other.doc).length === 1, "the edit relayed");

  // a client that offers the token alone gets it back (it must get one of its own protocols), nothing else
  const alone = new WebSocket(`${relay.syncUrl}/desa-a/roster`, [`rembuk-token.${kader}`]);
  onCleanup(() => alone.terminate());
  await new Promise((resolve, reject) => (alone.once("open", resolve), alone.once("error", reject)));
  expect(alone.protocol).toBe(`rembuk-token.${kader}`);
});

it("a JWT in the URL is refused (401 token_in_url) although valid; an old-format token of an older app build still works there, logged without the token", async () => {
  const relay = await startRelay();
  const jwt = token("desa-a", "kader");
  const inUrl = openRaw(`${relay.syncUrl}/desa-a/roster?token=${encodeURIComponent(jwt)}`);
  await waitFor(() => inUrl.refusedStatus !== null || inUrl.opened, "upgrade answer");
  expect(inUrl.refusedStatus).toBe(401);
  expect(relay.log.lines.some((l) => l.includes("upgrade.refused") && l.includes("why=token_in_url"))).toBe(true);
  expect((await api(relay.httpUrl, "/api/token-status", jwt)).body.status).toBe("valid");
  expect((await openRawConnected(roomUrl(relay.syncUrl, "desa-a/roster", jwt))).opened).toBe(true);

  const legacy = token("desa-a", "kader", { legacy: { name: "Bidan Sari" } });
  const older = openClient(relay.syncUrl, "desa-a/roster", legacy, { tokenInUrl: true });
  await waitFor(() => older.provider.synced, "an older app build's client to sync");
  const lines = relay.log.lines.filter((l) => l.includes("upgrade.token_in_url"));
  expect(lines).toHaveLength(1);
  expect(relay.log.lines.join("\n")).not.toContain(legacy.split(".")[1]!.slice(0, 20));
});

it("a minted token carries no name; the relay tells its holder the name it keeps beside the jti", async () => {
  const relay = await startRelay();
  const lurah = token("desa-a", "lurah");
  const created = await api(relay.httpUrl, "/api/invites", lurah, { method: "POST", body: { role: "kader", name: "Ibu Kader RT 03" } });
  const minted = created.body.token as string;
  const claims = JSON.parse(Buffer.from(minted.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
  expect(Object.keys(claims).sort()).toEqual(["exp", "iat", "jti", "role", "v", "ws"]);
  expect(minted).not.toContain(Buffer.from("Ibu Kader").toString("base64url").slice(0, 8));
  const me = await api(relay.httpUrl, "/api/me", minted);
  expect(me).toEqual({ status: 200, body: { jti: created.body.jti, ws: "desa-a", role: "kader", opd: null, wilayah: null, name: "Ibu Kader RT 03", expiresAt: created.body.expiresAt } });
  expect((await api(relay.httpUrl, "/api/me", null)).status).toBe(401);
});
