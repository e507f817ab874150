/**
 * Random ids for records. crypto.randomUUID needs a secure context, and phones
 * on an office LAN over plain http do not have one; getRandomValues works there.
 */
export function newId(bytes = 12): string {
  const raw = new Uint8Array(bytes);
  crypto.getRandomValues(raw);
  let out = "";
  for (const b of raw) out += b.toString(36).padStart(2, "0");
  return out;
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A random id of `length` base-36 characters (about 5.17 bits each): for keys
 * stored by the ten thousand, where every character costs (12 characters give
 * 62 bits; size it to the scope it must be unique in).
 */
export function shortId(length: number): string {
  const raw = new Uint8Array(length);
  crypto.getRandomValues(raw);
  let out = "";
  // 252 = 7 * 36: bytes at or above it would bias the first characters, so they are redrawn
  for (let i = 0; i < length; i++) {
    let b = raw[i]!;
    while (b >= 252) b = crypto.getRandomValues(new Uint8Array(1))[0]!;
    out += BASE36[b % 36];
  }
  return out;
}

/**
 * A hash of `text` as 22 base-36 characters (two independent 53-bit halves, cyrb53):
 * the same on every device, for ids derived from other ids. Not cryptographic.
 */
export function stableHash(text: string): string {
  const half = (seed: number): string => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, "0");
  };
  return half(1) + half(2);
}
