import { SOCIAL_PROGRAMMES, listKeyOf, type FamilyOrigin, type SocialLink, type SocialProgramme } from "../../model/index.ts";

/**
 * The two per-household import records (keys.ts), stored as compact values
 * because an imported kelurahan has one of each per family (20,800 at the
 * largest): no raw row, no full NIK, no name.
 *
 *   <household>.k<list key> = "<batch>"  or  ["<batch>", "<list id>"] when the key is a hash (listKeyOf)
 *   <household>.s<list key> = [batch, desil, aid bits, NIK visible digits, how, score x10, evidence,
 *                              row id (when the key is a hash), by, at seconds]
 *
 * aid bits: PKH 1, BPNT 2, PBI 4. NIK visible digits: the first and last four as one number
 * (53717123 for 5371********7123): what maskNik shows, nothing more. how: 0 automatic, 1 a person.
 * evidence: for automatic links, one character per code, the code's place in the batch's table
 * (EVIDENCE_DIGITS); a person's link writes "|" and the codes themselves. Trailing empty values
 * are left out. Decoding never throws: an untrusted peer's junk reads as empty.
 */
export const EVIDENCE_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

export function encodeOrigin(listId: string, batchId: string): unknown {
  return listKeyOf(listId) === listId ? batchId : [batchId, listId];
}

export function decodeOrigin(listKey: string, raw: unknown): FamilyOrigin | null {
  if (typeof raw === "string") return { listId: listKey, batchId: raw };
  if (Array.isArray(raw) && typeof raw[0] === "string" && typeof raw[1] === "string") return { listId: raw[1], batchId: raw[0] };
  return null;
}

export function aidBits(aid: readonly string[]): number {
  let bits = 0;
  SOCIAL_PROGRAMMES.forEach((p, i) => {
    if (aid.includes(p)) bits |= 1 << i;
  });
  return bits;
}

function aidOfBits(bits: unknown): SocialProgramme[] {
  return typeof bits === "number" ? SOCIAL_PROGRAMMES.filter((_, i) => (bits & (1 << i)) !== 0) : [];
}

/** True when one of the stored links (by list key) has the programme. */
export function listHasAid(links: ReadonlyMap<string, unknown>, programme: string): boolean {
  const bit = aidBits([programme]);
  if (bit === 0) return false;
  for (const raw of links.values()) if (Array.isArray(raw) && typeof raw[2] === "number" && (raw[2] & bit) !== 0) return true;
  return false;
}

/** The first and last four digits of a 16-digit NIK as one number, null for anything else. */
export function nikVisible(nik: string): number | null {
  const digits = nik.replace(/[\s.-]/g, "");
  if (!/^\d{16}$/.test(digits)) return null;
  return Number(digits.slice(0, 4)) * 10_000 + Number(digits.slice(-4));
}

function maskedOf(visible: unknown): string {
  if (typeof visible !== "number" || !Number.isInteger(visible) || visible < 1_000_0000 || visible > 9999_9999) return "";
  const first = Math.floor(visible / 10_000);
  return `${first}********${String(visible % 10_000).padStart(4, "0")}`;
}

/** Evidence codes as stored: places in `table` when every code is there, else "|" and the codes. */
export function encodeEvidence(codes: readonly string[], table: readonly string[] | null): string {
  if (table) {
    let out = "";
    for (const code of codes) {
      const at = table.indexOf(code);
      if (at < 0 || at >= EVIDENCE_DIGITS.length) return `|${codes.join("|")}`;
      out += EVIDENCE_DIGITS[at];
    }
    return out;
  }
  return codes.length === 0 ? "" : `|${codes.join("|")}`;
}

export function decodeEvidence(raw: unknown, table: readonly string[] | undefined): string[] {
  if (typeof raw !== "string" || raw === "") return [];
  if (raw.startsWith("|")) return raw.slice(1).split("|").filter((c) => c !== "");
  const out: string[] = [];
  for (const c of raw) {
    const code = table?.[EVIDENCE_DIGITS.indexOf(c)];
    if (code !== undefined) out.push(code);
  }
  return out;
}

export interface LinkValues {
  batchId: string;
  rowId: string;
  desil: number | null;
  aid: readonly string[];
  nik: string;
  how: "auto" | "person";
  by: string;
  at: Date | null;
  score: number | null;
  /** already encoded (encodeEvidence) */
  evidence: string;
}

export function encodeLink(v: LinkValues): unknown[] {
  const hashed = listKeyOf(v.rowId) !== v.rowId;
  const out: unknown[] = [
    v.batchId,
    v.desil !== null && Number.isInteger(v.desil) && v.desil >= 1 && v.desil <= 10 ? v.desil : null,
    aidBits(v.aid),
    nikVisible(v.nik),
    v.how === "person" ? 1 : 0,
    v.score === null || !Number.isFinite(v.score) ? null : Math.round(v.score * 10),
    v.evidence === "" ? null : v.evidence,
    hashed ? v.rowId : null,
    v.how === "person" ? v.by : null,
    v.how === "person" && v.at ? Math.floor(v.at.getTime() / 1000) : null,
  ];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** `evidenceOf(batchId)`: the batch's evidence table (importBatches.ts), undefined when this device has no such batch. */
export function decodeLink(rowKey: string, raw: unknown, evidenceOf: (batchId: string) => readonly string[] | undefined): SocialLink | null {
  if (!Array.isArray(raw) || typeof raw[0] !== "string") return null;
  const [batchId, desil, bits, visible, how, score, evidence, rowId, by, at] = raw as unknown[];
  const person = how === 1;
  return {
    rowId: typeof rowId === "string" ? rowId : rowKey,
    batchId: batchId as string,
    desil: typeof desil === "number" && Number.isInteger(desil) && desil >= 1 && desil <= 10 ? desil : null,
    aid: aidOfBits(bits),
    nikMasked: maskedOf(visible),
    how: person ? "person" : "auto",
    by: person && typeof by === "string" ? by : "",
    at: person && typeof at === "number" && Number.isFinite(at) && at > 0 && at < 1e11 ? new Date(at * 1000).toISOString() : "",
    score: typeof score === "number" && Number.isFinite(score) ? score / 10 : null,
    evidence: decodeEvidence(evidence, (batchId as string) === "" ? undefined : evidenceOf(batchId as string)),
  };
}
