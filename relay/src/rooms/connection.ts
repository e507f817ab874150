import type { WebSocket } from "ws";
import type { DocKind, TokenPayload } from "@shared/model/index.ts";
import { Bucket, type Quotas } from "./quotas.ts";

/**
 * One authenticated socket on the relay's main thread: what the upgrade established (token,
 * doc kind, write permission), its rate quotas, and whether the peer is alive. The room that
 * judges its messages may live in another thread (engine); it knows the connection by `id`.
 */
export class Connection {
  /** set once the relay decided to close it: later frames are ignored */
  closing = false;
  /** a pong, a message, or progress draining what was queued since the last heartbeat */
  alive = true;
  /** bytes queued on the socket at the last heartbeat */
  queuedAtHeartbeat = 0;
  readonly updates: Bucket;
  readonly updateBytes: Bucket;
  readonly syncRequests: Bucket;
  readonly awareness: Bucket;
  private corked: { uncork(): void } | null = null;

  constructor(
    readonly id: number,
    readonly socket: WebSocket,
    readonly token: TokenPayload,
    readonly room: string,
    readonly doc: DocKind,
    readonly canWrite: boolean,
    readonly quotas: Quotas,
    /** more than this queued on the socket: a reader too slow (or gone) to keep, see `send` */
    private readonly maxQueuedBytes: number,
    private readonly onSlowReader: (conn: Connection, queued: number) => void,
  ) {
    const now = Date.now();
    this.updates = new Bucket(quotas.updates, now);
    this.updateBytes = new Bucket(quotas.updateBytesRate, now);
    this.syncRequests = new Bucket(quotas.syncRequests, now);
    this.awareness = new Bucket(quotas.awareness, now);
  }

  /** Bytes waiting to go out on this socket (in ws and in the kernel's send buffer as Node sees it). */
  get queued(): number {
    return this.socket.bufferedAmount;
  }

  /**
   * Queues a message: `framed` is it as a WebSocket frame (wsFrame.ts), made once for every
   * recipient and written as it is; `payload` the message itself, for ws to frame should the
   * socket not be reachable. A peer that does not read (a phone gone without closing, a link
   * far too slow) would make the relay hold every update of its room for it: past
   * `maxQueuedBytes` the socket is cut, and the peer syncs again when it comes back.
   */
  send(framed: Buffer, payload: Uint8Array): void {
    if (this.closing || this.socket.readyState !== this.socket.OPEN) return;
    const queued = this.socket.bufferedAmount;
    if (queued > 0 && queued + framed.length > this.maxQueuedBytes) {
      this.terminate();
      this.onSlowReader(this, queued);
      return;
    }
    // No callback: a write that fails ends the socket ('error', then 'close', which ws listens
    // for on its TCP socket), and the close handler cleans up. ws writes a frame whole and
    // synchronously (no compression is negotiated), so its pings and close frames and ours
    // never interleave.
    const tcp = this.tcp;
    if (tcp) tcp.write(framed);
    else this.socket.send(payload);
  }

  /** ws's TCP socket (not public in ws: the frames are written to it, and it is corked, see `cork`). */
  private get tcp(): { write(data: Buffer): boolean; cork(): void; uncork(): void } | undefined {
    return (this.socket as unknown as { _socket?: { write(data: Buffer): boolean; cork(): void; uncork(): void } })._socket;
  }

  /**
   * Holds this socket's writes until `uncork` (true the first time, when there is a socket to
   * hold): frames queued meanwhile go to the kernel in one write. ws corks and uncorks around
   * each frame; the TCP socket's cork count keeps ours in force across them.
   */
  cork(): boolean {
    if (this.corked) return false;
    const tcp = this.tcp;
    if (!tcp) return false;
    tcp.cork();
    this.corked = tcp;
    return true;
  }

  uncork(): void {
    const tcp = this.corked;
    this.corked = null;
    tcp?.uncork();
  }

  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  /** Cuts the socket without a closing handshake (a dead or clogged peer would not read one). */
  terminate(): void {
    this.closing = true;
    this.socket.terminate();
  }
}
