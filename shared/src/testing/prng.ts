/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) for fuzz tests. Math.random
 * cannot be replayed; with this, a failing seed reproduces the same run bit for bit.
 */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    // splitmix32 spreads a small integer seed over the 128-bit state, so seeds 1 and 2 start far apart.
    let s = seed >>> 0;
    const mix = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): empty range`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  bool(p = 0.5): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty array");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** A shuffled copy (Fisher-Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Random lowercase letters, now and then an accented one, so text is not only ASCII. */
  letters(minLength: number, maxLength: number): string {
    let out = "";
    const length = this.int(minLength, maxLength);
    for (let i = 0; i < length; i++) out += this.bool(0.05) ? this.pick(ACCENTED) : this.pick(LETTERS);
    return out;
  }

  /** Words as people type them in the field: Indonesian, sometimes invented, sometimes with an emoji. */
  words(minCount: number, maxCount: number): string {
    const count = this.int(minCount, maxCount);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const r = this.next();
      out.push(r < 0.75 ? this.pick(WORDS) : r < 0.95 ? this.letters(1, 8) : this.pick(EMOJI));
    }
    return out.join(" ");
  }
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyz"];
const ACCENTED = [..."éèêáàíóúçñ"];
// Two code units each: text positions must be chosen on code point boundaries.
const EMOJI = ["👍", "🙏", "🏠", "💧"];
const WORDS = [
  "rumah", "keluarga", "air", "bersih", "jamban", "posyandu", "dusun", "jalan", "kader", "bidan",
  "balita", "stunting", "gizi", "rapat", "rembuk", "warga", "sumur", "bantuan", "pangan", "sekolah",
  "gotong", "royong", "desa", "kelurahan", "ibu", "hamil", "imunisasi", "timbang", "selesai", "besok",
  "café", "Pak", "Bu", "Hj.", "RT", "RW", "03", "17", "-", ",",
];
