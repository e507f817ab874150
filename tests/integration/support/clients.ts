import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { onCleanup } from "./cleanup.ts";
import { waitFor } from "./waitFor.ts";

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** close events the provider reported as terminal (4400-4499) */
  closed: Array<{ code: number; reason: string }>;
  /** codes of every server-side close the provider saw */
  closeCodes: number[];
}

export interface ClientOptions {
  connect?: boolean;
  /** a fixed Yjs client id, for tests whose outcome depends on which of two concurrent writes Yjs keeps */
  clientID?: number;
  /**
   * a document the test prepared instead of a new one: a device coming back with its state and
   * client id (set the id after loading the state, or Yjs picks a new one when it sees its own)
   */
  doc?: Y.Doc;
}

/** A stock y-websocket provider in Node, as the PWA uses it (room `<workspaceId>/<doc>`, token as a param). */
export function openClient(syncUrl: string, room: string, token: string, options: ClientOptions = {}): Client {
  const doc = options.doc ?? new Y.Doc();
  if (options.clientID !== undefined) doc.clientID = options.clientID;
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    params: { token },
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 200,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const closed: Client["closed"] = [];
  provider.on("closed", (event) => closed.push(event));
  const closeCodes: number[] = [];
  provider.on("connection-close", (event) => {
    if (event) closeCodes.push(event.code);
  });
  onCleanup(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider, closed, closeCodes };
}

export async function openSyncedClient(syncUrl: string, room: string, token: string, options: Pick<ClientOptions, "clientID" | "doc"> = {}): Promise<Client> {
  const client = openClient(syncUrl, room, token, options);
  await waitFor(() => client.provider.synced, `client of ${room} to sync`);
  return client;
}

export interface RawClient {
  socket: WebSocket;
  /** binary messages received, in order */
  messages: Uint8Array[];
  /** HTTP status of a refused upgrade */
  refusedStatus: number | null;
  closeEvent: { code: number; reason: string } | null;
  opened: boolean;
}

/**
 * A bare `ws` client: for refusals, malformed frames and byte-exact checks. `autoPong: false`
 * makes it a peer that never answers a ping (a phone gone from the network without closing).
 */
export function openRaw(url: string, options: { maxPayload?: number; autoPong?: boolean } = {}): RawClient {
  const socket = new WebSocket(url, { maxPayload: options.maxPayload ?? 256 * 1024 * 1024, autoPong: options.autoPong ?? true });
  const raw: RawClient = { socket, messages: [], refusedStatus: null, closeEvent: null, opened: false };
  socket.on("open", () => (raw.opened = true));
  socket.on("message", (data: Buffer) => raw.messages.push(new Uint8Array(data)));
  socket.on("unexpected-response", (_req, res) => {
    raw.refusedStatus = res.statusCode ?? -1;
    res.resume();
    socket.terminate();
  });
  socket.on("error", () => {});
  socket.on("close", (code, reason) => (raw.closeEvent = { code, reason: reason.toString() }));
  onCleanup(() => socket.terminate());
  return raw;
}

export async function openRawConnected(url: string, options: { autoPong?: boolean } = {}): Promise<RawClient> {
  const raw = openRaw(url, options);
  await waitFor(() => raw.opened || raw.closeEvent !== null || raw.refusedStatus !== null, "raw socket to open");
  if (!raw.opened) throw new Error(`raw socket refused: ${raw.refusedStatus ?? raw.closeEvent?.code}`);
  return raw;
}

export function roomUrl(syncUrl: string, room: string, token?: string): string {
  return `${syncUrl}/${room}${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`;
}
