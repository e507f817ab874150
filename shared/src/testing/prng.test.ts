import { describe, expect, it } from "vitest";
import { Prng } from "./prng.ts";

const draw = (seed: number): number[] => {
  const prng = new Prng(seed);
  return Array.from({ length: 64 }, () => prng.nextUint32());
};

describe("Prng", () => {
  it("gives the same sequence for the same seed", () => {
    expect(draw(1337)).toEqual(draw(1337));
    const a = new Prng(7);
    const b = new Prng(7);
    const mixed = (p: Prng) => [p.int(-3, 3), p.bool(0.3), p.pick(["x", "y", "z"]), p.shuffle([1, 2, 3, 4]), p.words(1, 5), p.letters(0, 9)];
    for (let i = 0; i < 20; i++) expect(mixed(a)).toEqual(mixed(b));
  });

  it("gives different sequences for different seeds, even neighbouring ones", () => {
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(0)).not.toEqual(draw(1));
    expect(draw(1)[0]).not.toBe(draw(2)[0]);
  });

  it("keeps int within its inclusive bounds and reaches both ends", () => {
    const prng = new Prng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = prng.int(2, 5);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(5);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  it("shuffles into a permutation without touching the input", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = new Prng(9).shuffle(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...out].sort()).toEqual(input);
  });

  it("makes text with accented letters now and then", () => {
    const prng = new Prng(11);
    const text = Array.from({ length: 200 }, () => prng.letters(5, 10)).join("");
    expect(text).toMatch(/[éèêáàíóúçñ]/);
    expect(text).toMatch(/^[a-zéèêáàíóúçñ]+$/);
  });
});
