import type { WebSocket } from "ws";
import type { DocKind, TokenPayload } from "@shared/model/index.ts";

/**
 * One authenticated socket in one room. Holds what the upgrade established
 * (token payload, doc kind, write permission) and the awareness client ids this
 * socket announced, so they can be removed when it leaves.
 */
export class Connection {
  readonly awarenessIds = new Set<number>();
  /** set once the relay decided to close it: later frames are ignored */
  closing = false;

  constructor(
    readonly socket: WebSocket,
    readonly token: TokenPayload,
    readonly room: string,
    readonly doc: DocKind,
    readonly canWrite: boolean,
  ) {}

  send(frame: Uint8Array): void {
    if (this.closing || this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(frame, (error) => {
      // A send that fails means the peer is gone; the close handler cleans up.
      if (error) this.socket.terminate();
    });
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
}
