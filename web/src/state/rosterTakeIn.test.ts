import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addHousehold, updateHousehold } from "@shared/crdt/roster/index.ts";
import { emptyHousehold } from "@shared/model/index.ts";
import { createRosterState } from "./roster.ts";

const NOW = new Date("2026-11-22T10:00:00Z");
const writer = { by: "Bidan Ani", newId: () => `e${Math.random().toString(36).slice(2, 7)}` };
const add = (doc: Y.Doc, id: string) => addHousehold(doc, id, { ...emptyHousehold(), kepala: `Kepala ${id}`, rt: 1, rw: 1 }, NOW, writer);

describe("the roster's records and a large change", () => {
  it("take a large change in over idle moments, while a person's own edit meanwhile shows at once", () =>
    createRoot(async (dispose) => {
      const doc = new Y.Doc();
      for (let i = 0; i < 10; i++) add(doc, `h${i}`);
      const [state] = createRosterState(doc, "Bidan Ani");
      // another device's import: 300 households in one transaction
      doc.transact(() => {
        for (let i = 0; i < 300; i++) add(doc, `imp${i}`);
      });
      expect(state.catchingUp()).toBe(true);
      expect(state.byId("imp0")).toBeUndefined();
      updateHousehold(doc, "h1", { kepala: "Yohanes Seran" }, NOW, writer);
      expect(state.byId("h1")?.kepala).toBe("Yohanes Seran");
      expect(state.catchingUp()).toBe(true);
      await state.settled();
      expect(state.catchingUp()).toBe(false);
      expect(state.byId("imp299")?.kepala).toBe("Kepala imp299");
      expect(state.byId("h1")?.kepala).toBe("Yohanes Seran");
      dispose();
    }));
});
