import { describe, expect, it } from "vitest";
import { guessMapping, mappingFromSaved, sourceSignature } from "@shared/import/index.ts";
import { makeMappingMemory } from "./mappingMemory.ts";

function mapStore() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const HEADER = ["ID DTSEN", "NIK", "Nama Lengkap", "Alamat", "RT", "RW", "Desil", "Penerima PKH", "Kolom X"];

describe("mapping memory", () => {
  it("gives back a person's mapping for a list with the same header, whatever its case and spacing", () => {
    const store = mapStore();
    const memory = makeMappingMemory(store);
    const guess = guessMapping(HEADER, "social");
    // the person maps the unknown "Kolom X" to BPNT
    const chosen = { kind: "social" as const, columns: { ...guess.mapping.columns, bpnt: 8 } };
    memory.remember(sourceSignature(HEADER), chosen, HEADER);

    const next = HEADER.map((h) => `  ${h.toUpperCase()} `);
    const recalled = memory.recall(sourceSignature(next));
    expect(recalled?.kind).toBe("social");
    expect(mappingFromSaved("social", recalled!.fields, next)).toEqual(chosen);
  });

  it("keeps header names only, no value of the list", () => {
    const store = mapStore();
    makeMappingMemory(store).remember("sig", { kind: "family", columns: { namaKepala: 0, rt: 1 } }, ["Nama KK", "RT"]);
    expect([...store.data.values()]).toEqual([JSON.stringify({ kind: "family", fields: { namaKepala: "nama kk", rt: "rt" } })]);
  });

  it.each([
    ["not JSON", "{"],
    ["an unknown kind", JSON.stringify({ kind: "lain", fields: {} })],
    ["fields that are not names", JSON.stringify({ kind: "social", fields: { nama: 3 } })],
    ["fields as a list", JSON.stringify({ kind: "social", fields: ["nama"] })],
    ["null", "null"],
  ])("ignores a stored entry that is %s", (_, raw) => {
    const store = mapStore();
    store.data.set("rembuk:impor-kolom:sig", raw);
    expect(makeMappingMemory(store).recall("sig")).toBeNull();
  });

  it("forgets quietly when the store refuses to write or read", () => {
    const memory = makeMappingMemory({
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
    });
    expect(() => memory.remember("sig", { kind: "social", columns: { nama: 0 } }, ["Nama"])).not.toThrow();
    expect(memory.recall("sig")).toBeNull();
  });

  it("has nothing for a source never seen", () => {
    expect(makeMappingMemory(mapStore()).recall(sourceSignature(HEADER))).toBeNull();
  });
});
