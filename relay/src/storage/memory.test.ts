import { MemoryStorage } from "./memory.ts";
import { storageContract } from "./storage.contract.ts";

storageContract("memory", () => {
  const storage = new MemoryStorage();
  return { storage, cleanup: () => storage.close() };
});
