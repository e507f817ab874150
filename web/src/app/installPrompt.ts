import { createSignal } from "solid-js";

/**
 * Chrome on Android offers "install the app" through a `beforeinstallprompt` event the page may keep and
 * replay from a button. An installed app gets persistent storage, which is why the storage notice offers it.
 */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

const [installPrompt, setInstallPrompt] = createSignal<InstallPromptEvent | null>(null);

if (typeof window !== "undefined") {
  window.addEventListener("beforeinstallprompt", (event) => {
    event.preventDefault();
    setInstallPrompt(event as InstallPromptEvent);
  });
  window.addEventListener("appinstalled", () => setInstallPrompt(null));
}

/** The browser's install offer, when it made one. */
export const canInstall = () => installPrompt() !== null;

export async function install(): Promise<boolean> {
  const event = installPrompt();
  if (!event) return false;
  await event.prompt();
  const { outcome } = await event.userChoice;
  setInstallPrompt(null);
  return outcome === "accepted";
}
