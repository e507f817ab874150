import { describe, expect, it } from "vitest";
import type { Claim, Confirmation, Reassignment, Withdrawal } from "../../model/claim.ts";
import { claimKey } from "./key.ts";
import { resolveClaims, type ClaimStatus } from "./resolve.ts";

// The conflict rule as a table: claims, relay verdicts, withdrawals, reassignments in;
// the status of every claim and the winner of every key out.

interface Row {
  name: string;
  claims: Claim[];
  /** claim id -> seq, or [seq, rejection reason] */
  confirmed?: Record<string, number | [number, string]>;
  withdrawn?: string[];
  reassignments?: Reassignment[];
  statuses: Record<string, ClaimStatus>;
  /** key "family|domain" -> winner claim id */
  winners: Record<string, string | null>;
}

const SEHAT = "pantas_sehat";
const PANGAN = "pantas_pangan";

function c(id: string, agency: string, extra: Partial<Claim> = {}): Claim {
  const familyId = extra.familyId ?? "f1";
  return { id, target: `family:${familyId}`, familyId, domain: SEHAT, agency, by: `petugas ${agency}`, createdAt: "2025-03-01T08:00:00.000Z", note: "", ...extra };
}

function r(id: string, claimId: string, newClaimId: string, toAgency: string): Reassignment {
  return { id, claimId, newClaimId, toAgency, by: "Pak Lurah", reason: "keputusan rembuk", at: "2025-03-10T08:00:00.000Z" };
}

function inputs(row: Row): [Map<string, Confirmation>, Map<string, Withdrawal>] {
  const confirmations = new Map<string, Confirmation>();
  for (const [id, v] of Object.entries(row.confirmed ?? {})) {
    const [seq, rejected] = typeof v === "number" ? [v, null] : v;
    confirmations.set(id, { seq, at: `2025-03-0${Math.min(9, seq)}T09:00:00.000Z`, rejected });
  }
  const withdrawals = new Map<string, Withdrawal>((row.withdrawn ?? []).map((id) => [id, { by: "x", at: "2025-03-05", reason: "" }]));
  return [confirmations, withdrawals];
}

const K = claimKey("f1", SEHAT);

const ROWS: Row[] = [
  { name: "nothing claimed", claims: [], statuses: {}, winners: {} },
  { name: "one claim, not yet confirmed", claims: [c("a", "DINKES")], statuses: { a: "pending" }, winners: { [K]: null } },
  { name: "one confirmed claim", claims: [c("a", "DINKES")], confirmed: { a: 1 }, statuses: { a: "confirmed-winner" }, winners: { [K]: "a" } },
  {
    name: "two agencies, same family and domain: the lower seq wins",
    claims: [c("a", "DINKES"), c("b", "DINSOS")], confirmed: { a: 2, b: 1 },
    statuses: { a: "lost", b: "confirmed-winner" }, winners: { [K]: "b" },
  },
  {
    name: "device clocks years off do not matter",
    claims: [c("a", "DINKES", { createdAt: "2019-01-01T00:00:00.000Z" }), c("b", "DINSOS", { createdAt: "2031-12-31T00:00:00.000Z" })],
    confirmed: { a: 7, b: 3 },
    statuses: { a: "lost", b: "confirmed-winner" }, winners: { [K]: "b" },
  },
  {
    name: "a pending claim against a confirmed winner of another agency will lose",
    claims: [c("a", "DINKES"), c("b", "DINSOS")], confirmed: { a: 1 },
    statuses: { a: "confirmed-winner", b: "pending-will-lose" }, winners: { [K]: "a" },
  },
  {
    name: "two pending claims: nobody wins yet",
    claims: [c("a", "DINKES"), c("b", "DINSOS")],
    statuses: { a: "pending", b: "pending" }, winners: { [K]: null },
  },
  {
    name: "withdrawing the winner hands the key to the next confirmed claim",
    claims: [c("a", "DINKES"), c("b", "DINSOS"), c("d", "DLHK")], confirmed: { a: 1, b: 5, d: 3 }, withdrawn: ["a"],
    statuses: { a: "withdrawn", b: "lost", d: "confirmed-winner" }, winners: { [K]: "d" },
  },
  {
    name: "everyone withdrew: the key is free again",
    claims: [c("a", "DINKES"), c("b", "DINSOS")], confirmed: { a: 1, b: 2 }, withdrawn: ["a", "b"],
    statuses: { a: "withdrawn", b: "withdrawn" }, winners: { [K]: null },
  },
  {
    name: "a withdrawn pending claim is withdrawn, not pending",
    claims: [c("a", "DINKES")], withdrawn: ["a"], statuses: { a: "withdrawn" }, winners: { [K]: null },
  },
  {
    name: "the same agency claiming twice is not a conflict",
    claims: [c("a", "DINKES"), c("b", "DINKES"), c("d", "DINKES")], confirmed: { a: 2, b: 1 },
    statuses: { a: "same-agency", b: "confirmed-winner", d: "same-agency" }, winners: { [K]: "b" },
  },
  {
    name: "different domains of one family are independent",
    claims: [c("a", "DINKES"), c("b", "DINSOS", { domain: PANGAN })], confirmed: { a: 2, b: 1 },
    statuses: { a: "confirmed-winner", b: "confirmed-winner" }, winners: { [K]: "a", [claimKey("f1", PANGAN)]: "b" },
  },
  {
    name: "different families are independent",
    claims: [c("a", "DINKES"), c("b", "DINSOS", { familyId: "f2" })], confirmed: { a: 2, b: 1 },
    statuses: { a: "confirmed-winner", b: "confirmed-winner" }, winners: { [K]: "a", [claimKey("f2", SEHAT)]: "b" },
  },
  {
    name: "a claim through a need and one on the family meet under the same key",
    claims: [c("a", "DINKES", { target: "need:n1" }), c("b", "DINSOS")], confirmed: { a: 4, b: 9 },
    statuses: { a: "confirmed-winner", b: "lost" }, winners: { [K]: "a" },
  },
  {
    name: "the lurah reassigns: the appointed claim beats an older confirmed one",
    claims: [c("a", "DINKES"), c("b", "DINSOS"), c("n", "DLHK")], confirmed: { a: 1, b: 3, n: 5 }, withdrawn: ["a"],
    reassignments: [r("r1", "a", "n", "DLHK")],
    statuses: { a: "withdrawn", b: "lost", n: "confirmed-winner" }, winners: { [K]: "n" },
  },
  {
    name: "a reassignment not yet confirmed: the next claim holds the key, the appointed one is pending (not losing)",
    claims: [c("a", "DINKES"), c("b", "DINSOS"), c("n", "DLHK")], confirmed: { a: 1, b: 3 }, withdrawn: ["a"],
    reassignments: [r("r1", "a", "n", "DLHK")],
    statuses: { a: "withdrawn", b: "confirmed-winner", n: "pending" }, winners: { [K]: "b" },
  },
  {
    name: "two offline reassignments by the lurah: the later decision at the relay wins",
    claims: [c("a", "DINKES"), c("n1", "DLHK"), c("n2", "DP3A")], confirmed: { a: 1, n1: 4, n2: 3 }, withdrawn: ["a"],
    reassignments: [r("r1", "a", "n1", "DLHK"), r("r2", "a", "n2", "DP3A")],
    statuses: { a: "withdrawn", n1: "confirmed-winner", n2: "lost" }, winners: { [K]: "n1" },
  },
  {
    name: "a reassignment naming another agency than its claim appoints nothing",
    claims: [c("a", "DINKES"), c("b", "DINSOS"), c("n", "DLHK")], confirmed: { a: 1, b: 3, n: 5 }, withdrawn: ["a"],
    reassignments: [r("r1", "a", "n", "BPBD")],
    statuses: { a: "withdrawn", b: "confirmed-winner", n: "lost" }, winners: { [K]: "b" },
  },
  {
    name: "a reassignment that would jump to another family appoints nothing",
    claims: [c("a", "DINKES", { familyId: "f2" }), c("b", "DINSOS"), c("n", "DLHK")], confirmed: { a: 1, b: 3, n: 5 },
    reassignments: [r("r1", "a", "n", "DLHK")],
    statuses: { a: "confirmed-winner", b: "confirmed-winner", n: "lost" }, winners: { [K]: "b", [claimKey("f2", SEHAT)]: "a" },
  },
  {
    name: "a claim the relay rejected never wins, even with the lowest seq",
    claims: [c("a", "DINKES"), c("b", "DINSOS")], confirmed: { a: [1, "agency-mismatch"], b: 2 },
    statuses: { a: "rejected", b: "confirmed-winner" }, winners: { [K]: "b" },
  },
  {
    name: "a rejected claim withdrawn afterwards still shows as rejected",
    claims: [c("a", "DINKES")], confirmed: { a: [1, "agency-mismatch"] }, withdrawn: ["a"],
    statuses: { a: "rejected" }, winners: { [K]: null },
  },
  {
    name: "a forged duplicate seq falls to the claim id, the same on every device",
    claims: [c("b", "DINKES"), c("a", "DINSOS")], confirmed: { a: 4, b: 4 },
    statuses: { a: "confirmed-winner", b: "lost" }, winners: { [K]: "a" },
  },
  {
    name: "verdicts for claims nobody has are ignored",
    claims: [c("a", "DINKES")], confirmed: { ghost: 1, a: 2 },
    statuses: { a: "confirmed-winner" }, winners: { [K]: "a" },
  },
];

function outcome(row: Row, claims: Claim[], reverseMaps = false) {
  const [confirmations, withdrawals] = inputs(row);
  const rev = <V>(m: Map<string, V>): Map<string, V> => (reverseMaps ? new Map([...m].reverse()) : m);
  const res = resolveClaims(claims, rev(confirmations), rev(withdrawals), reverseMaps ? [...(row.reassignments ?? [])].reverse() : row.reassignments);
  const statuses = Object.fromEntries(claims.map((x) => [x.id, res.statusOf(x.id)]));
  const winners = Object.fromEntries([...res.byKey].map(([key, k]) => [key, k.winner?.id ?? null]));
  return { statuses, winners, res };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("resolveClaims", () => {
  it.each(ROWS)("$name", (row) => {
    const { statuses, winners } = outcome(row, row.claims);
    expect(statuses).toEqual(row.statuses);
    expect(winners).toEqual(row.winners);
  });

  it.each(ROWS.filter((row) => row.claims.length > 1))("order of arrival is irrelevant: $name", (row) => {
    const expected = outcome(row, row.claims);
    for (const order of permutations(row.claims)) {
      for (const reverseMaps of [false, true]) {
        const got = outcome(row, order, reverseMaps);
        expect(got.statuses).toEqual(expected.statuses);
        expect(got.winners).toEqual(expected.winners);
      }
    }
  });

  it("sorts every list of a key into one order, confirmed by seq first", () => {
    const row = ROWS.find((x) => x.name.startsWith("withdrawing the winner"))!;
    const key = outcome(row, [...row.claims].reverse()).res.byKey.get(K)!;
    expect(key.losers.map((x) => x.id)).toEqual(["b"]);
    expect(key.winner?.confirmation?.seq).toBe(3);
    expect(key.withdrawn.map((x) => x.id)).toEqual(["a"]);
  });

  it("gives the loser what it needs to say who handles the family since when", () => {
    const row = ROWS.find((x) => x.name.startsWith("a pending claim against"))!;
    const { res } = outcome(row, row.claims);
    const key = res.byKey.get(K)!;
    expect(key.pending.map((x) => [x.id, x.status])).toEqual([["b", "pending-will-lose"]]);
    expect(key.winner).toMatchObject({ agency: "DINKES", confirmation: { seq: 1, at: "2025-03-01T09:00:00.000Z" } });
  });

  it("counts a claim listed twice once", () => {
    const a = c("a", "DINKES");
    const { res } = outcome({ name: "", claims: [], confirmed: { a: 1 }, statuses: {}, winners: {} }, [a, { ...a }]);
    const key = res.byKey.get(K)!;
    expect([key.winner?.id, key.sameAgency.length]).toEqual(["a", 0]);
  });

  it("answers null for a claim it never saw", () => {
    expect(resolveClaims([], new Map(), new Map()).statusOf("nope")).toBeNull();
  });
});
