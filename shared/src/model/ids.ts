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
