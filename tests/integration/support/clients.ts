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
  /** the deprecated way of an app build from before issue 17: the token in the URL (`?token=`) */
  tokenInUrl?: boolean;
}

/**
 * A stock y-websocket provider in Node, as the PWA uses it (room `<workspaceId>/<doc>`), passing the token
 * as relay/PROTOCOL.md documents: in the subprotocol list, never in the URL.
 */
export function openClient(syncUrl: string, room: string, token: string, options: ClientOptions = {}): Client {
  const doc = options.doc ?? new Y.Doc();
  if (options.clientID !== undefined) doc.clientID = options.clientID;
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    ...(options.tokenInUrl ? { params: { token } } : { protocols: syncProtocols(token) }),
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

/** The subprotocols that carry a token to the relay (relay/PROTOCOL.md section 1). */
export function syncProtocols(token: string): string[] {
  return ["rembuk", `rembuk-token.${token}`];
}

/** A room's sync URL and the token to send with it (in the subprotocol list). */
export interface RoomTarget {
  url: string;
  token?: string;
}

/** A bare `ws` client: for refusals, malformed frames and byte-exact checks. A string target is a URL sent as it is. */
export function openRaw(target: string | RoomTarget, options: { maxPayload?: number } = {}): RawClient {
  const { url, token } = typeof target === "string" ? { url: target, token: undefined } : target;
  const socket = new WebSocket(url, token === undefined ? [] : syncProtocols(token), { maxPayload: options.maxPayload ?? 256 * 1024 * 1024 });
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

export async function openRawConnected(target: string | RoomTarget): Promise<RawClient> {
  const raw = openRaw(target);
  await waitFor(() => raw.opened || raw.closeEvent !== null || raw.refusedStatus !== null, "raw socket to open");
  if (!raw.opened) throw new Error(`raw socket refused: ${raw.refusedStatus ?? raw.closeEvent?.code}`);
  return raw;
}

/** Where a raw client connects, and with which token (sent in the subprotocol list, never in the URL). */
export function roomUrl(syncUrl: string, room: string, token?: string): RoomTarget {
  return { url: `${syncUrl}/${room}`, ...(token === undefined ? {} : { token }) };
}
