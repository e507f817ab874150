import { test as base } from "@playwright/test";
import { RelayProcess } from "./relayProcess.ts";

/** Every spec gets a fresh relay process and a fresh workspace id. */
export const test = base.extend<{ relay: RelayProcess; workspace: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  relay: async ({}, use) => {
    const relay = new RelayProcess();
    await relay.start();
    await use(relay);
    await relay.dispose();
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  workspace: async ({}, use, info) => {
    await use(`uji-${info.workerIndex}-${Date.now().toString(36)}`);
  },
});

export { expect } from "@playwright/test";
