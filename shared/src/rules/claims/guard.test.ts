import { describe, expect, it } from "vitest";
import type { Role } from "../../model/roles.ts";
import { Prng } from "../../testing/prng.ts";
import { boardViolations, diffBoard, diffHistory, diffHistoryInsertions, type BoardSnapshot, type HistoryEntry, type RecordMapName } from "./guard.ts";
import { actingAs } from "./permissions.ts";

// The relay's guard over plain snapshots: each row is one device's update (a patch of
// the "before" board) and the violations the relay must see.

const claimOf = (agency: string, familyId = "f1") => ({ target: `family:${familyId}`, familyId, domain: "pantas_sehat", agency, by: "x", createdAt: "2025-01-01", note: "" });
const intervention = (agency: string, status: string, extra: object = {}) => ({ title: "Jamban", agency, domain: "pantas_sehat", status, ...extra });

function board(patch: Partial<Record<RecordMapName, Record<string, unknown>>> & { history?: unknown[] } = {}): BoardSnapshot {
  const m = (name: RecordMapName) => new Map(Object.entries(patch[name] ?? {}));
  return {
    interventions: m("interventions"), needs: m("needs"), claims: m("claims"), confirmations: m("confirmations"),
    withdrawals: m("withdrawals"), reassignments: m("reassignments"), comments: m("comments"), history: patch.history ?? [],
  };
}

const BEFORE = {
  interventions: { i1: intervention("DINKES", "in_progress"), i2: intervention("DINSOS", "delivered") },
  needs: { n1: { familyId: "f1", domain: "pantas_sehat", label: "Kel. B. S., RT 03", reason: "stunting", closed: false } },
  claims: { c1: claimOf("DINKES"), c2: claimOf("DINSOS") },
  confirmations: { c1: { seq: 1, at: "t", rejected: null } },
  history: [{ kind: "claim", claimId: "c1", by: "x", at: "t", detail: "" }],
};
const event = { kind: "withdraw", claimId: "c1", by: "x", at: "t", detail: "" };

const comment = (text: string) => ({ interventionId: "i1", text, by: "Pak Dedi", at: "t" });

const ROWS: Array<{ name: string; role: Role; opd?: string; before?: Parameters<typeof board>[0]; after: Parameters<typeof board>[0]; violations: string[] }> = [
  { name: "an OPD comments on another agency's card", role: "opd", opd: "DLHK", after: { comments: { k1: comment("Kami bantu semen") } }, violations: [] },
  { name: "an OPD edits someone's comment", role: "opd", opd: "DLHK", before: { comments: { k1: comment("asli") } }, after: { comments: { k1: comment("diubah") } }, violations: ["comments/k1: comments are never edited or deleted"] },
  { name: "an empty comment", role: "kader", after: { comments: { k1: comment("  ") } }, violations: ["comments/k1: malformed comment"] },
  { name: "an OPD claims for its own agency", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c3: claimOf("DLHK") } }, violations: [] },
  { name: "an OPD forges a claim for another agency", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c3: claimOf("DINKES") } }, violations: ["claims/c3: claim for agency DINKES by opd DLHK"] },
  { name: "an OPD edits another agency's claim", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c1: claimOf("DLHK") } }, violations: ["claims/c1: claims are never edited or deleted"] },
  { name: "the lurah deletes a claim", role: "lurah", after: { claims: { c2: claimOf("DINSOS") } }, violations: ["claims/c1: claims are never edited or deleted"] },
  { name: "an OPD confirms its own claim", role: "opd", opd: "DINSOS", after: { confirmations: { ...BEFORE.confirmations, c2: { seq: 0.5, at: "t", rejected: null } } }, violations: ["confirmations/c2: only the relay confirms claims"] },
  { name: "the lurah removes a confirmation", role: "lurah", after: { confirmations: {} }, violations: ["confirmations/c1: only the relay confirms claims"] },
  { name: "an OPD withdraws its own claim", role: "opd", opd: "DINKES", after: { withdrawals: { c1: { by: "x", at: "t", reason: "" } }, history: [...BEFORE.history, event] }, violations: [] },
  { name: "an OPD withdraws another agency's claim", role: "opd", opd: "DINSOS", after: { withdrawals: { c1: { by: "x", at: "t", reason: "" } } }, violations: ["withdrawals/c1: withdrawal of agency DINKES's claim"] },
  { name: "a withdrawal of a claim that does not exist", role: "lurah", after: { withdrawals: { zz: { by: "x", at: "t", reason: "" } } }, violations: ["withdrawals/zz: withdrawal of an unknown claim"] },
  { name: "an OPD writes a reassignment", role: "opd", opd: "DINSOS", after: { reassignments: { r1: { claimId: "c1", newClaimId: "c2", toAgency: "DINSOS", by: "x", reason: "", at: "t" } } }, violations: ["reassignments/r1: only the lurah reassigns"] },
  {
    name: "the lurah reassigns (new claim, withdrawal, record, history)", role: "lurah",
    after: { claims: { ...BEFORE.claims, c9: claimOf("DLHK") }, withdrawals: { c1: { by: "L", at: "t", reason: "rembuk" } }, reassignments: { r1: { claimId: "c1", newClaimId: "c9", toAgency: "DLHK", by: "L", reason: "rembuk", at: "t" } }, history: [...BEFORE.history, event] },
    violations: [],
  },
  { name: "an OPD publishes a need", role: "opd", opd: "DINSOS", after: { needs: { ...BEFORE.needs, n2: BEFORE.needs.n1 } }, violations: ["needs/n2: only the pokja and the lurah publish needs"] },
  { name: "a kader closes a need", role: "kader", after: { needs: { n1: { ...BEFORE.needs.n1, closed: true } } }, violations: [] },
  { name: "a kader deletes a need", role: "kader", after: { needs: {} }, violations: ["needs/n1: needs are closed, never deleted"] },
  { name: "someone rewrites the history", role: "lurah", after: { history: [event] }, violations: ["history: history is append-only"] },
  // two offline devices appended at once: Yjs may place this device's event before the relay's
  { name: "an offline device's event merged before the relay's last ones", role: "opd", opd: "DINKES", after: { history: [event, ...BEFORE.history] }, violations: [] },
  { name: "an old event replaced by new ones", role: "lurah", after: { history: [event, event] }, violations: ["history: history is append-only"] },
  { name: "a malformed history event", role: "kader", after: { history: [...BEFORE.history, { kind: "hack" }] }, violations: ["history: malformed history event"] },
  { name: "an OPD moves its own card forward", role: "opd", opd: "DINKES", after: { interventions: { ...BEFORE.interventions, i1: intervention("DINKES", "delivered") } }, violations: [] },
  { name: "an OPD moves another agency's card", role: "opd", opd: "DINKES", after: { interventions: { ...BEFORE.interventions, i2: intervention("DINSOS", "verified") } }, violations: ["interventions/i2: intervention of another agency"] },
  { name: "an OPD takes over another agency's card", role: "opd", opd: "DINKES", after: { interventions: { ...BEFORE.interventions, i2: intervention("DINKES", "delivered") } }, violations: ["interventions/i2: intervention of another agency"] },
  { name: "a kader verifies without a note", role: "kader", after: { interventions: { ...BEFORE.interventions, i2: intervention("DINSOS", "verified") } }, violations: ["interventions/i2: verification needs a date and a note"] },
  { name: "a kader verifies with date and note", role: "kader", after: { interventions: { ...BEFORE.interventions, i2: intervention("DINSOS", "verified", { verifiedAt: "2025-04-02", verifiedNote: "dipakai" }) } }, violations: [] },
  { name: "a kader skips from in_progress to verified", role: "kader", after: { interventions: { ...BEFORE.interventions, i1: intervention("DINKES", "verified", { verifiedAt: "2025-04-02", verifiedNote: "x" }) } }, violations: ["interventions/i1: status in_progress -> verified not allowed"] },
  { name: "a viewer writes anything", role: "viewer", after: { needs: { n1: { ...BEFORE.needs.n1, closed: true } } }, violations: ["needs/n1: viewers do not write the board"] },
  { name: "a __proto__ claim key is still a change the guard sees", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, ["__proto__"]: claimOf("DLHK") } }, violations: ["claims/__proto__: malformed claim"] },
  {
    name: "ids and statuses a sender chose are cut to 64 characters in a verdict line (it goes to the relay's log)",
    role: "kader",
    after: { interventions: { ...BEFORE.interventions, i1: intervention("DINKES", "s".repeat(100_000)) }, comments: { ["k".repeat(100_000)]: comment(" ") } },
    violations: [`interventions/i1: status in_progress -> ${"s".repeat(64)}… not allowed`, `comments/${"k".repeat(64)}…: malformed comment`],
  },
];

// Issue 17, item 12: the name a record is signed with must be the sender's, as the relay knows it (the name
// its invite gave: "Pak Dedi" here), or its role, or nothing; the lurah signs for others.
const signed = (by: string) => ({ ...claimOf("DLHK", "f9"), by });
const NAMED_ROWS: Array<{ name: string; role: Role; opd?: string; after: Parameters<typeof board>[0]; violations: string[] }> = [
  { name: "an OPD claims signed with its own name", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c9: signed("Pak Dedi") } }, violations: [] },
  { name: "an OPD claims signed with its role (before it learnt its name)", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c9: signed("opd") } }, violations: [] },
  { name: "an OPD claims unsigned", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c9: signed("") } }, violations: [] },
  { name: "an OPD claims signed as the lurah", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c9: signed("Lurah Bambang Sutrisno") } }, violations: ["claims/c9: signed in another person's name"] },
  { name: "an OPD claims signed with another role", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c9: signed("lurah") } }, violations: ["claims/c9: signed in another person's name"] },
  { name: "a kader comments signed as someone else", role: "kader", after: { comments: { k1: { ...comment("ok"), by: "Bidan Sari" } } }, violations: ["comments/k1: signed in another person's name"] },
  { name: "a kader publishes a need signed as someone else", role: "kader", after: { needs: { ...BEFORE.needs, n9: { familyId: "f9", domain: "pantas_sehat", label: "", reason: "", closed: false, createdBy: "Bidan Sari" } } }, violations: ["needs/n9: signed in another person's name"] },
  { name: "an OPD withdraws its claim signed as someone else", role: "opd", opd: "DINSOS", after: { withdrawals: { c2: { by: "Bu Rina", at: "t", reason: "" } } }, violations: ["withdrawals/c2: signed in another person's name"] },
  { name: "a kader appends history signed as someone else", role: "kader", after: { history: [...BEFORE.history, { ...event, kind: "status", by: "Lurah Bambang Sutrisno" }] }, violations: ["history: signed in another person's name"] },
  { name: "a kader appends a confirmation event", role: "kader", after: { history: [...BEFORE.history, { kind: "confirm", claimId: "c2", by: "Pak Dedi", at: "t", detail: "seq 2" }] }, violations: ["history: confirmation events are the relay's"] },
  { name: "an OPD appends a claim event about another agency's claim", role: "opd", opd: "DLHK", after: { history: [...BEFORE.history, { ...event, kind: "claim", by: "Pak Dedi" }] }, violations: ["history: event about another agency's claim"] },
  { name: "an OPD appends a claim event about its own claim", role: "opd", opd: "DLHK", after: { claims: { ...BEFORE.claims, c9: signed("Pak Dedi") }, history: [...BEFORE.history, { ...event, kind: "claim", claimId: "c9", by: "Pak Dedi" }] }, violations: [] },
  { name: "the lurah records a claim signed with the OPD liaison's name (a rembuk, an applied file)", role: "lurah", after: { claims: { ...BEFORE.claims, c9: signed("Pak Dedi Liaison DLHK") }, history: [...BEFORE.history, { ...event, kind: "claim", claimId: "c9", by: "Pak Dedi Liaison DLHK" }] }, violations: [] },
  { name: "an OPD edits a card signing nothing (cards carry no signature)", role: "opd", opd: "DINKES", after: { interventions: { ...BEFORE.interventions, i1: intervention("DINKES", "in_progress", { verifiedBy: "someone" }) } }, violations: [] },
];

describe("board guard", () => {
  it.each(NAMED_ROWS)("$name", ({ role, opd, after, violations }) => {
    const before = board(BEFORE);
    const next = board({ ...BEFORE, ...after });
    expect(boardViolations({ ...actingAs(role, opd), name: "Pak Dedi" }, before, next)).toEqual(violations);
  });

  it("does not check names for an actor without one (the UI signs with its own)", () => {
    const next = board({ ...BEFORE, claims: { ...BEFORE.claims, c9: signed("Lurah Bambang Sutrisno") } });
    expect(boardViolations(actingAs("opd", "DLHK"), board(BEFORE), next)).toEqual([]);
  });

  it("refuses any signature but the role and nothing from a sender whose invite named nobody", () => {
    const next = (by: string) => board({ ...BEFORE, comments: { k1: { ...comment("ok"), by } } });
    expect(boardViolations({ ...actingAs("kader", null), name: null }, board(BEFORE), next("kader"))).toEqual([]);
    expect(boardViolations({ ...actingAs("kader", null), name: null }, board(BEFORE), next("Pak Dedi"))).toEqual(["comments/k1: signed in another person's name"]);
  });

  it.each(ROWS)("$name", ({ role, opd, before: extra, after, violations }) => {
    const before = board({ ...BEFORE, ...extra });
    const next = board({ ...BEFORE, ...extra, ...after });
    expect(boardViolations(actingAs(role, opd), before, next)).toEqual(violations);
  });

  it("sees no change when only the key order of a record differs", () => {
    const a = board({ claims: { c1: { agency: "X", domain: "d" } } });
    const b = board({ claims: { c1: { domain: "d", agency: "X" } } });
    expect(diffBoard(a, b)).toEqual([]);
  });
});

describe("history change from the first inserted event", () => {
  // The relay's guard reads only the history from the first event an update inserted on
  // (rules/claims/guard.ts diffHistoryInsertions); with look-alike events everywhere, it
  // must find diffHistory's change over the whole history.
  it("gives diffHistory's change for 2,000 seeded histories and insertions", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const prng = new Prng(seed);
      const look = () => prng.pick([{ kind: "claim", detail: "a" }, { detail: "a", kind: "claim" }, { kind: "status", detail: "b" }, { kind: "hack" }, "x"]);
      const before = Array.from({ length: prng.int(0, 12) }, look);
      const after: HistoryEntry[] = before.map((event) => ({ event, inserted: false }));
      const count = prng.int(1, 5);
      for (let k = 0; k < count; k++) after.splice(prng.int(0, after.length), 0, { event: look(), inserted: true });
      const first = after.findIndex((e) => e.inserted);
      const expected = diffHistory(before, after.map((e) => e.event));
      expect(diffHistoryInsertions((i) => after[first + i], count), `seed ${seed}`).toEqual(expected);
    }
  });
});
