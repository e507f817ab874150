import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import type { WebsocketProvider } from "y-websocket";

/**
 * Calls `onOwn` for every sync update or step 2 the relay sends that carries structs of this
 * client (or of the clients `own` names: a document pushed whole was written by others): the rembuk relay's echo (the exact bytes sent), or the reference's broadcast of the
 * update back to its sender. How a stock client can tell that the relay holds its change.
 */
export function watchOwnUpdates(provider: WebsocketProvider, onOwn: () => void, own: (client: number) => boolean = (client) => client === provider.doc.clientID): void {
  const attach = () => {
    const socket = provider.ws as unknown as { on?: (event: string, fn: (data: Buffer) => void) => void; __benchWatched?: boolean } | null;
    if (!socket?.on || socket.__benchWatched) return;
    socket.__benchWatched = true;
    socket.on("message", (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) !== 0) return;
      if (decoding.readVarUint(d) === 0) return;
      const update = decoding.readVarUint8Array(d);
      for (const client of Y.parseUpdateMeta(update).from.keys()) {
        if (own(client)) return onOwn();
      }
    });
  };
  attach();
  provider.on("status", attach);
}
