import { findSession, SESSIONS_KEY } from "./sessions.ts";

/**
 * "Keluar" in one tab must reach every other tab of the same workspace before the device copy is
 * wiped: a tab left open would keep writing the roster preview (names, No. KK) back into localStorage
 * and keep editing a database that is gone. The signing-out tab announces it on a BroadcastChannel;
 * the session vanishing from localStorage (a storage event) says the same where the channel is missing
 * or the announcement was missed.
 */
const CHANNEL = "rembuk:keluar";

interface SignOutMessage {
  type: "keluar";
  ws: string;
}

export function announceSignOut(workspaceId: string): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: "keluar", ws: workspaceId } satisfies SignOutMessage);
  channel.close();
}

/** Calls `listener` once when another tab signs this device out of the workspace. Returns the unsubscribe. */
export function onSignedOutElsewhere(workspaceId: string, listener: () => void): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    listener();
  };
  const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
  if (channel) {
    channel.onmessage = (event: MessageEvent<SignOutMessage>) => {
      if (event.data?.type === "keluar" && event.data.ws === workspaceId) fire();
    };
  }
  const onStorage = (event: StorageEvent) => {
    // key null: localStorage was cleared
    if ((event.key === SESSIONS_KEY || event.key === null) && !findSession(workspaceId)) fire();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    done = true;
    channel?.close();
    window.removeEventListener("storage", onStorage);
  };
}
