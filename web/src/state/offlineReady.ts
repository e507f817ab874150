import { createEffect, createSignal, type Accessor } from "solid-js";

/**
 * When a kader may walk out of signal: the service worker has installed (the app shell is precached)
 * and every document the role reads has come from the relay and is written to this device. Shown once
 * as a small notice until dismissed (per workspace and device).
 */
export interface OfflineReadiness {
  ready: Accessor<boolean>;
  /** resolves the first time ready() is true */
  whenReady: Promise<void>;
  noticeShown: Accessor<boolean>;
  dismissNotice(): void;
}

const dismissedKey = (workspaceId: string) => `rembuk:offline-ready-dismissed:${workspaceId}`;

function readDismissed(workspaceId: string): boolean {
  try {
    return localStorage.getItem(dismissedKey(workspaceId)) !== null;
  } catch {
    return false;
  }
}

export function createOfflineReadiness(workspace: { id: string; documentsStored: Accessor<boolean> }, appShellCached: Promise<void>): OfflineReadiness {
  const [shellCached, setShellCached] = createSignal(false);
  void appShellCached.then(() => setShellCached(true));
  const ready = () => shellCached() && workspace.documentsStored();
  let markReady = () => {};
  const whenReady = new Promise<void>((resolve) => (markReady = resolve));
  createEffect(() => {
    if (ready()) markReady();
  });
  const [dismissed, setDismissed] = createSignal(readDismissed(workspace.id));
  return {
    ready,
    whenReady,
    noticeShown: () => ready() && !dismissed(),
    dismissNotice() {
      try {
        localStorage.setItem(dismissedKey(workspace.id), new Date().toISOString());
      } catch {
        /* storage full: dismissed for this session only */
      }
      setDismissed(true);
    },
  };
}

/** Sign-out forgets the dismissal too, so whoever joins next on this device is told again. */
export function forgetOfflineReadyNotice(workspaceId: string): void {
  localStorage.removeItem(dismissedKey(workspaceId));
}
