import { describe, expect, it } from "vitest";
import * as lib0 from "lib0/decoding.js";
import * as encoding from "lib0/encoding";
import { Prng } from "@shared/testing/prng.ts";
import * as fast from "./fastDecoding.ts";

const ascii32 = "RT 012/RW 004 Jl. Kenanga No. 7a"; // 32 bytes: the longest string made here
const strings: Array<[string, string]> = [
  ["empty", ""],
  ["one letter", "a"],
  ["a name", "Agustina Seran"],
  ["a map key", "h1a2b3c4d5e6f.m7g8h9"],
  ["32 ASCII bytes", ascii32],
  ["33 ASCII bytes", `${ascii32}!`],
  ["long ASCII", "x".repeat(500)],
  ["control characters and DEL", "\u0000\t\n\u007f"],
  ["Latin-1 accents", "Ñoño Gómez"],
  ["an accent at the end of 32 bytes", `${"a".repeat(30)}é`],
  ["Indonesian with a non-breaking space", "Dusun\u00a0Kota"],
  ["CJK", "日本語"],
  ["emoji with joiner", "👩‍👧 keluarga"],
  ["a byte-order mark first", "\ufeffBOM"],
];

function encodedString(value: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, value);
  encoding.writeVarString(e, "next"); // the position after the string must be right too
  return encoding.toUint8Array(e);
}

function encodedAny(value: unknown): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeAny(e, value as Parameters<typeof encoding.writeAny>[1]);
  encoding.writeVarUint(e, 7);
  return encoding.toUint8Array(e);
}

describe("fastDecoding.readVarString", () => {
  it.each(strings)("reads %s as lib0 does, and stops where lib0 stops", (_name, value) => {
    const bytes = encodedString(value);
    const ours = lib0.createDecoder(bytes);
    const theirs = lib0.createDecoder(bytes);
    expect(fast.readVarString(ours)).toBe(value);
    expect(lib0.readVarString(theirs)).toBe(value);
    expect(ours.pos).toBe(theirs.pos);
    expect(fast.readVarString(ours)).toBe("next");
  });

  it("throws as lib0 does on bytes that are not UTF-8", () => {
    const bytes = new Uint8Array([2, 0xc3, 0x28]); // a two-byte sequence broken by "("
    expect(() => lib0.readVarString(lib0.createDecoder(bytes))).toThrow();
    expect(() => fast.readVarString(lib0.createDecoder(bytes))).toThrow();
  });
});

describe("fastDecoding.readAny", () => {
  const values: Array<[string, unknown]> = [
    ["a record's base tuple", ["Agustina Seran", 5371034512870001, 19723, null, 2, true, false, "Jl. Kenanga"]],
    ["an object with non-ASCII keys", { nama: "Ñoño", "catatan ✓": ["日本", 1.5, -7] }],
    ["nested arrays and objects", [[{ a: [null, true, "x"] }], {}]],
    ["a float", 0.1],
    ["a bigint", 2n ** 60n],
    ["bytes", new Uint8Array([0, 1, 255])],
    ["undefined", undefined],
  ];
  it.each(values)("reads %s as lib0 does", (_name, value) => {
    const bytes = encodedAny(value);
    const ours = lib0.createDecoder(bytes);
    const theirs = lib0.createDecoder(bytes);
    expect(fast.readAny(ours)).toEqual(lib0.readAny(theirs));
    expect(ours.pos).toBe(theirs.pos);
    expect(lib0.readVarUint(ours)).toBe(7);
  });
});

describe("fastDecoding.readAny on a type tag neither knows", () => {
  it("throws, as lib0 does (the tag goes to lib0's own readAny)", () => {
    const bytes = new Uint8Array([115, 1, 2, 3]); // below 116, lib0 0.2's last type
    expect(() => lib0.readAny(lib0.createDecoder(bytes))).toThrow();
    expect(() => fast.readAny(lib0.createDecoder(bytes))).toThrow();
  });
});

describe("fastDecoding over random strings", () => {
  it("reads 2,000 seeded random strings (ASCII, accents, CJK, emoji; 0-40 characters) as lib0 does", () => {
    const rng = new Prng(20261123);
    const alphabet = ["a", "Z", "0", " ", ".", "/", "\u007f", "é", "ß", "日", "👩", "\u00a0"];
    for (let n = 0; n < 2000; n++) {
      // most strings ASCII only, as names and keys are; one in four with other characters
      const pool = rng.nextUint32() % 4 === 0 ? alphabet : alphabet.slice(0, 7);
      let value = "";
      const length = rng.nextUint32() % 41;
      for (let i = 0; i < length; i++) value += pool[rng.nextUint32() % pool.length];
      const bytes = encodedString(value);
      const ours = lib0.createDecoder(bytes);
      const read = fast.readVarString(ours);
      if (read !== value) throw new Error(`seed 20261123, string ${n}: ${JSON.stringify(value)} read as ${JSON.stringify(read)}`);
      expect(fast.readVarString(ours)).toBe("next");
    }
  });
});
