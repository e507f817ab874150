import { connect } from "node:net";
import { expect, it } from "vitest";
import { onCleanup } from "./support/cleanup.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";

/** Sends raw bytes to the relay and collects everything it answers until it closes the connection. */
function exchange(port: number, request: string): Promise<{ answer: string; error: string | null }> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    onCleanup(() => socket.destroy());
    let answer = "";
    let error: string | null = null;
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    socket.on("error", (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on("close", () => resolve({ answer, error }));
    socket.write(request);
  });
}

// Issue 17, item 16: headers above Node's limit (16 KiB) ended in a TCP reset, which a proxy or a phone
// shows as a network failure; the relay now answers 431, and a request its parser refuses 400.
it("oversized headers get 431 and a request the parser refuses gets 400, on a plain request and on an upgrade", async () => {
  const relay = await startRelay();
  const big = "x".repeat(20 * 1024);

  const plain = await exchange(relay.port, `GET /healthz HTTP/1.1\r\nHost: relay\r\nX-Big: ${big}\r\n\r\n`);
  expect(plain.error).toBeNull();
  expect(plain.answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);

  // the token in the subprotocol list is a few hundred bytes; a list of 20 KiB is refused the same way
  const upgrade = await exchange(
    relay.port,
    `GET /sync/desa-a/roster HTTP/1.1\r\nHost: relay\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: rembuk, rembuk-token.${token("desa-a", "kader")}, ${big}\r\n\r\n`,
  );
  expect(upgrade.answer).toMatch(/^HTTP\/1\.1 431 /);

  const broken = await exchange(relay.port, "GET /healthz HTTP/1.1\r\nHost relay without a colon\r\n\r\n");
  expect(broken.error).toBeNull();
  expect(broken.answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);

  // and the relay is still there for everyone else
  expect((await fetch(`${relay.httpUrl}/healthz`)).status).toBe(200);
});
