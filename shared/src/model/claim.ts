/**
 * Claims of the board (PRODUCT.md "Claims: no double assistance, even offline").
 * An agency claims a family for one Ragapantas domain, either through a published
 * need or directly (a BAAS/GENTING adoption). Records are written by devices that
 * may be offline for days and by peers we do not trust, so every record has a
 * validator that takes `unknown` and reads only own properties: a JSON object
 * decoded by Yjs may carry a `__proto__` key that would otherwise set its prototype.
 */
export type ClaimTarget = `need:${string}` | `family:${string}`;

export interface Claim {
  id: string;
  /** what was claimed: a published need, or the family itself */
  target: ClaimTarget;
  familyId: string;
  /** Ragapantas tag: the conflict key is (familyId, domain) */
  domain: string;
  /** agency code of the claiming OPD; the relay checks it against the token */
  agency: string;
  /** display name of the person who claimed */
  by: string;
  /** the device clock: informative only, never used to pick a winner */
  createdAt: string;
  note: string;
}

/**
 * The relay's verdict on a claim, written only by the relay when the claim first
 * reaches it. `seq` grows by one per verdict in a workspace, so it orders claims by
 * arrival at the single authority, whatever the devices' clocks say. A rejected
 * claim (its agency is not the sender's) gets a seq too, but never wins.
 */
export interface Confirmation {
  seq: number;
  /** relay time, ISO */
  at: string;
  /** null when confirmed; otherwise why the relay refused it */
  rejected: string | null;
}

export interface Withdrawal {
  by: string;
  at: string;
  reason: string;
}

/**
 * The lurah gives a key to another agency: the old winner is withdrawn and a new
 * claim for `toAgency` is created, both in the same transaction. The new claim wins
 * once confirmed, even against older confirmed claims (see rules/claims/resolve.ts).
 */
export interface Reassignment {
  id: string;
  /** the claim that loses the key */
  claimId: string;
  /** the claim created for toAgency */
  newClaimId: string;
  toAgency: string;
  by: string;
  reason: string;
  at: string;
}

export const HISTORY_KINDS = ["need", "need-closed", "claim", "confirm", "reject", "withdraw", "reassign", "status"] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** One line of the board's append-only audit trail; absent references are "". */
export interface HistoryEvent {
  kind: HistoryKind;
  claimId: string;
  interventionId: string;
  needId: string;
  by: string;
  at: string;
  detail: string;
}

// ---- validators for untrusted plain data ----

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Ids, agency codes and domain tags: boring characters, and never a key that means something to an object. */
export function isBoardId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(value) && !FORBIDDEN_KEYS.has(value);
}

/** An own property of a plain object, or undefined: inherited ones are ignored. */
export function own(raw: unknown, key: string): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  return Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
}

const MAX_TEXT = 500;
export function ownText(raw: unknown, key: string): string {
  const v = own(raw, key);
  return typeof v === "string" ? v.slice(0, MAX_TEXT) : "";
}

export function parseTarget(value: unknown): ClaimTarget | null {
  if (typeof value !== "string") return null;
  const [kind, id, extra] = value.split(":");
  if (extra !== undefined || !isBoardId(id)) return null;
  return kind === "need" || kind === "family" ? (value as ClaimTarget) : null;
}

export function parseClaim(id: string, raw: unknown): Claim | null {
  const target = parseTarget(own(raw, "target"));
  const familyId = own(raw, "familyId");
  const domain = own(raw, "domain");
  const agency = own(raw, "agency");
  if (!isBoardId(id) || !target || !isBoardId(familyId) || !isBoardId(domain) || !isBoardId(agency)) return null;
  // a claim on a family names that family: otherwise it would sit under a key it did not claim
  if (target.startsWith("family:") && target !== `family:${familyId}`) return null;
  return { id, target, familyId, domain, agency, by: ownText(raw, "by"), createdAt: ownText(raw, "createdAt"), note: ownText(raw, "note") };
}

export function parseConfirmation(raw: unknown): Confirmation | null {
  const seq = own(raw, "seq");
  const rejected = own(raw, "rejected");
  if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (rejected !== undefined && rejected !== null && typeof rejected !== "string") return null;
  return { seq, at: ownText(raw, "at"), rejected: typeof rejected === "string" ? rejected.slice(0, MAX_TEXT) || "rejected" : null };
}

export function parseWithdrawal(raw: unknown): Withdrawal | null {
  if (typeof own(raw, "by") !== "string" || typeof own(raw, "at") !== "string") return null;
  return { by: ownText(raw, "by"), at: ownText(raw, "at"), reason: ownText(raw, "reason") };
}

export function parseReassignment(id: string, raw: unknown): Reassignment | null {
  const claimId = own(raw, "claimId");
  const newClaimId = own(raw, "newClaimId");
  const toAgency = own(raw, "toAgency");
  if (!isBoardId(id) || !isBoardId(claimId) || !isBoardId(newClaimId) || !isBoardId(toAgency) || claimId === newClaimId) return null;
  return { id, claimId, newClaimId, toAgency, by: ownText(raw, "by"), reason: ownText(raw, "reason"), at: ownText(raw, "at") };
}

export function parseHistoryEvent(raw: unknown): HistoryEvent | null {
  const kind = own(raw, "kind");
  if (typeof kind !== "string" || !(HISTORY_KINDS as readonly string[]).includes(kind)) return null;
  const ref = (key: string): string => (isBoardId(own(raw, key)) ? (own(raw, key) as string) : "");
  return {
    kind: kind as HistoryKind,
    claimId: ref("claimId"),
    interventionId: ref("interventionId"),
    needId: ref("needId"),
    by: ownText(raw, "by"),
    at: ownText(raw, "at"),
    detail: ownText(raw, "detail"),
  };
}
