import { describe, expect, it } from "vitest";
import { createRoot, createSignal } from "solid-js";
import { createDraft } from "./createDraft.ts";

interface Profile {
  name: string;
  kode: string;
  extra: string[];
}

function setup(start: Profile) {
  return createRoot((dispose) => {
    const [stored, setStored] = createSignal(start);
    return { stored, setStored, draft: createDraft(stored), dispose };
  });
}

describe("createDraft", () => {
  it("shows the stored values until a field is touched, and follows them (the document loaded after the form opened)", () => {
    const { setStored, draft, dispose } = setup({ name: "", kode: "", extra: [] });
    expect(draft.get("name")).toBe("");
    setStored({ name: "Namosain", kode: "53.71.01.1001", extra: [] });
    expect(draft.get("name")).toBe("Namosain");
    expect(draft.changed()).toEqual({});
    dispose();
  });

  it("a save writes only the touched fields that differ from the stored values", () => {
    const { setStored, draft, dispose } = setup({ name: "", kode: "", extra: [] });
    draft.set("kode", "53.71.01.1002");
    setStored({ name: "Namosain", kode: "53.71.01.1001", extra: ["air_hujan"] });
    // the touched field keeps what the person typed; the untouched one follows the store
    expect(draft.get("kode")).toBe("53.71.01.1002");
    expect(draft.get("name")).toBe("Namosain");
    draft.set("extra", ["air_hujan"]);
    expect(draft.changed()).toEqual({ kode: "53.71.01.1002" });
    dispose();
  });

  it("after a reset every field shows the stored value again", () => {
    const { draft, dispose } = setup({ name: "Namosain", kode: "", extra: [] });
    draft.set("name", "Alak");
    expect(draft.changed()).toEqual({ name: "Alak" });
    draft.reset();
    expect(draft.get("name")).toBe("Namosain");
    expect(draft.changed()).toEqual({});
    dispose();
  });
});
