import { execFileSync } from "node:child_process";
import { get } from "node:https";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { addHousehold, readHouseholds } from "@shared/crdt/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { spawnRelay } from "./support/childRelay.ts";
import { onCleanup } from "./support/cleanup.ts";
import { syncProtocols } from "./support/clients.ts";
import { tempDataDir } from "./support/tempDir.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

/** A self-signed certificate, as an office laptop would have from mkcert (README). */
function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = join(dir, "cert.pem");
  const key = join(dir, "key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost"], { stdio: "ignore" });
  return { cert, key };
}

/** ws with our test certificate trusted, handed to the stock provider. */
class TrustingWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { rejectUnauthorized: false });
  }
}

function httpsJson(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    }).on("error", reject);
  });
}

describe("TLS_CERT and TLS_KEY", () => {
  it("make the relay serve https and wss, and a provider syncs through it", async () => {
    const dir = tempDataDir();
    const { cert, key } = selfSignedCert(dir);
    const relay = await spawnRelay(dir, { TLS_CERT: cert, TLS_KEY: key });
    expect(relay.demoLink()).toContain(`https://localhost:${relay.port}/#/gabung?token=`);

    const health = await httpsJson(`https://localhost:${relay.port}/healthz`);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true });

    const docs = [new Y.Doc(), new Y.Doc()];
    const providers = docs.map(
      (doc) =>
        new WebsocketProvider(`wss://localhost:${relay.port}/sync`, "desa-tls/roster", doc, {
          protocols: syncProtocols(token("desa-tls", "kader")),
          disableBc: true,
          WebSocketPolyfill: TrustingWebSocket as unknown as typeof globalThis.WebSocket,
        }),
    );
    onCleanup(() => providers.forEach((p) => p.destroy()));
    await waitFor(() => providers.every((p) => p.synced), "both providers to sync over wss");
    addHousehold(docs[0]!, "h1", { ...emptyHousehold(), kepala: "Lewat TLS", rt: 1, rw: 1 }, new Date());
    await waitFor(() => readHouseholds(docs[1]!).length === 1, "the household to arrive over wss");
    expect(readHouseholds(docs[1]!)[0]!.kepala).toBe("Lewat TLS");
  });
});
