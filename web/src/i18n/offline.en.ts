import type { offlineId } from "./offline.ts";

export const offlineEn: Record<keyof typeof offlineId, string> = {
  "offline.ready": "Ready to use without signal",
  "offline.readyDetail": "The app and the village's data are on this device; changes are sent when there is signal.",
  "offline.dismiss": "Dismiss this notice",
};
