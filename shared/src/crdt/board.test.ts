import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { actingAs, boardViolations } from "../rules/claims/index.ts";
import {
  addIntervention, claim, claimsMap, confirmClaim, confirmNewClaims, confirmationsMap, historyArray, interventionsMap, moveIntervention,
  needsMap, nextConfirmationSeq, publishNeed, readBoardView, readClaims, readConfirmations, readHistory, readInterventions, readNeeds,
  readReassignments, readVerification, readWithdrawals, reassign, snapshotBoard, withdrawClaim, withdrawalsMap, closeNeed,
} from "./board.ts";

const t0 = new Date("2025-03-01T08:00:00Z");
const need = { familyId: "h1", label: "Kel. B. S., RT 03", rt: 3, domain: "pantas_tempat_tinggal", reason: "jamban_tidak_layak" };
const onNeed = (agency: string) => ({ target: "need:n1" as const, familyId: "h1", domain: "pantas_tempat_tinggal", agency, note: "" });

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe("board adapter: claims", () => {
  it("publishes a need, takes two offline claims, and the relay's order decides", () => {
    const relay = new Y.Doc();
    const dlhk = new Y.Doc();
    const dinsos = new Y.Doc();
    publishNeed(relay, "n1", need, "Bidan Ani", t0);
    sync(relay, dlhk);
    sync(relay, dinsos);
    // both offline; DINSOS's phone clock says it claimed a year earlier
    expect(claim(dlhk, "c-dlhk", onNeed("DLHK"), "Pak Dedi", t0)).toBe(true);
    expect(claim(dinsos, "c-dinsos", onNeed("DINSOS"), "Bu Sari", new Date("2024-03-01T08:00:00Z"))).toBe(true);
    // DINSOS's phone sees only its own claim: pending
    expect(readBoardView(dinsos).needs[0]?.resolution?.pending.map((c) => c.status)).toEqual(["pending"]);
    // DLHK reaches the relay first
    sync(dlhk, relay);
    expect(confirmNewClaims(relay, t0).map((c) => c.id)).toEqual(["c-dlhk"]);
    sync(relay, dinsos);
    expect(readBoardView(dinsos).claims.map((c) => [c.id, c.status])).toEqual([["c-dinsos", "pending-will-lose"], ["c-dlhk", "confirmed-winner"]]);
    sync(dinsos, relay);
    confirmNewClaims(relay, new Date("2025-03-02T08:00:00Z"));
    for (const doc of [relay, dlhk, dinsos]) {
      sync(relay, doc);
      const view = readBoardView(doc);
      expect(view.needs[0]?.resolution?.winner?.agency).toBe("DLHK");
      expect(view.needs[0]?.resolution?.losers.map((c) => c.id)).toEqual(["c-dinsos"]);
    }
    expect(readConfirmations(relay).get("c-dinsos")?.seq).toBe(2);
    // concurrent appends interleave in Yjs order (the same on every device), not by time
    expect(readHistory(relay).map((e) => e.kind).sort()).toEqual(["claim", "claim", "confirm", "confirm", "need"]);
    expect(readHistory(dinsos)).toEqual(readHistory(relay));
  });

  it("confirms once: a second verdict for a claim changes nothing", () => {
    const doc = new Y.Doc();
    claim(doc, "c1", onNeed("DLHK"), "x", t0);
    expect(confirmClaim(doc, "c1", 1, t0)).toBe(true);
    expect(confirmClaim(doc, "c1", 0 + 7, t0)).toBe(false);
    expect(confirmNewClaims(doc, t0)).toEqual([]);
    expect(nextConfirmationSeq(doc)).toBe(2);
  });

  it("records a relay rejection, and the rejected claim never wins", () => {
    const doc = new Y.Doc();
    claim(doc, "c1", onNeed("DINKES"), "forger", t0);
    claim(doc, "c2", onNeed("DLHK"), "x", t0);
    confirmNewClaims(doc, t0, (c) => (c.id === "c1" ? "agency-mismatch" : null));
    const view = readBoardView(doc);
    expect(view.claims.map((c) => [c.id, c.status])).toEqual([["c1", "rejected"], ["c2", "confirmed-winner"]]);
    expect(readHistory(doc).filter((e) => e.kind === "reject").map((e) => e.detail)).toEqual(["agency-mismatch"]);
  });

  it("a withdrawal hands the key to the next claim; the withdrawn one stays visible", () => {
    const doc = new Y.Doc();
    claim(doc, "c1", onNeed("DLHK"), "x", t0);
    claim(doc, "c2", onNeed("DINSOS"), "y", t0);
    confirmNewClaims(doc, t0);
    expect(withdrawClaim(doc, "c1", "Pak Dedi", "anggaran habis", t0)).toBe(true);
    expect(withdrawClaim(doc, "c1", "Pak Dedi", "again", t0)).toBe(false);
    expect(withdrawClaim(doc, "nope", "x", "", t0)).toBe(false);
    const key = readBoardView(doc).keys[0]!;
    expect([key.winner?.id, key.withdrawn.map((c) => c.id)]).toEqual(["c2", ["c1"]]);
    expect(readWithdrawals(doc).get("c1")).toEqual({ by: "Pak Dedi", at: t0.toISOString(), reason: "anggaran habis" });
  });

  it("the lurah reassigns in one transaction, and the appointed agency wins once confirmed", () => {
    const doc = new Y.Doc();
    claim(doc, "c1", onNeed("DLHK"), "x", t0);
    claim(doc, "c2", onNeed("DINSOS"), "y", t0);
    confirmNewClaims(doc, t0);
    let updates = 0;
    doc.on("update", () => updates++);
    expect(reassign(doc, { id: "r1", claimId: "c1", newClaimId: "c3", toAgency: "DP3A", reason: "rembuk 5 Mar" }, "Pak Lurah", t0)).toBe(true);
    expect(updates).toBe(1);
    expect(readBoardView(doc).claims.map((c) => [c.id, c.status])).toEqual([["c1", "withdrawn"], ["c2", "confirmed-winner"], ["c3", "pending"]]);
    confirmNewClaims(doc, t0);
    expect(readBoardView(doc).keys[0]?.winner?.agency).toBe("DP3A");
    expect(readReassignments(doc).map((r) => [r.claimId, r.newClaimId, r.toAgency])).toEqual([["c1", "c3", "DP3A"]]);
    expect(readHistory(doc).map((e) => e.kind)).toEqual(["claim", "claim", "confirm", "confirm", "claim", "withdraw", "reassign", "confirm"]);
  });

  it("refuses writes that would not read back", () => {
    const doc = new Y.Doc();
    expect(claim(doc, "__proto__", onNeed("DLHK"), "x", t0)).toBe(false);
    expect(claim(doc, "c1", { ...onNeed("DLHK"), agency: "" }, "x", t0)).toBe(false);
    expect(claim(doc, "c1", { ...onNeed("DLHK"), target: "family:other" }, "x", t0)).toBe(false);
    expect(publishNeed(doc, "n1", { ...need, familyId: "a b" }, "x", t0)).toBe(false);
    expect(reassign(doc, { id: "r1", claimId: "missing", newClaimId: "c9", toAgency: "DP3A", reason: "" }, "L", t0)).toBe(false);
    claim(doc, "c1", onNeed("DLHK"), "x", t0);
    expect(claim(doc, "c1", onNeed("DINSOS"), "x", t0)).toBe(false);
    expect(reassign(doc, { id: "r1", claimId: "c1", newClaimId: "c9", toAgency: "not ok", reason: "" }, "L", t0)).toBe(false);
    expect(readWithdrawals(doc).size).toBe(0);
  });

  it("closes a need once, and keeps it", () => {
    const doc = new Y.Doc();
    publishNeed(doc, "n1", need, "x", t0);
    expect(closeNeed(doc, "n1", "Bidan Ani", t0, "sudah dibangun")).toBe(true);
    expect(closeNeed(doc, "n1", "Bidan Ani", t0)).toBe(false);
    expect(readNeeds(doc).map((n) => [n.id, n.closed])).toEqual([["n1", true]]);
  });
});

describe("board adapter: untrusted peers", () => {
  it("readers skip malformed entries and keys like __proto__", () => {
    const doc = new Y.Doc();
    publishNeed(doc, "n1", need, "x", t0);
    claim(doc, "c1", onNeed("DLHK"), "x", t0);
    confirmClaim(doc, "c1", 1, t0);
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set("target", "need:n1");
      bad.set("familyId", "h1");
      bad.set("domain", "pantas_tempat_tinggal");
      bad.set("agency", "DINSOS");
      claimsMap(doc).set("__proto__", bad);
      claimsMap(doc).set("plain", { target: "need:n1", familyId: "h1", domain: "pantas_tempat_tinggal", agency: "DINSOS" });
      claimsMap(doc).set("nofamily", new Y.Map());
      needsMap(doc).set("constructor", new Y.Map());
      confirmationsMap(doc).set("__proto__", { seq: 0 });
      confirmationsMap(doc).set("c2", { seq: -1, at: "x" });
      confirmationsMap(doc).set("c3", JSON.parse('{"__proto__": {"seq": 1}, "at": "x"}'));
      withdrawalsMap(doc).set("c1", "yes");
      historyArray(doc).push([{ kind: "nonsense" }, 42, null]);
      interventionsMap(doc).set("__x", "not a map" as unknown as Y.Map<unknown>);
    });
    const view = readBoardView(doc);
    expect(readClaims(doc).map((c) => c.id)).toEqual(["c1"]);
    expect([...readConfirmations(doc).keys()]).toEqual(["c1"]);
    expect(readWithdrawals(doc).size).toBe(0);
    expect(view.needs.map((n) => n.id)).toEqual(["n1"]);
    expect(view.keys[0]?.winner?.id).toBe("c1");
    expect(readHistory(doc).map((e) => e.kind)).toEqual(["need", "claim", "confirm"]);
    expect(readInterventions(doc)).toEqual([]);
  });

  it("the snapshot lets the relay's guard catch a forged claim inside a real update", () => {
    const relay = new Y.Doc();
    const phone = new Y.Doc();
    claim(relay, "c1", onNeed("DINKES"), "x", t0);
    sync(relay, phone);
    claim(phone, "c2", onNeed("DINKES"), "a DLHK liaison pretending", t0);
    withdrawClaim(phone, "c1", "a DLHK liaison", "", t0);
    const before = snapshotBoard(relay);
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(relay));
    sync(phone, scratch);
    expect(boardViolations(actingAs("opd", "DLHK"), before, snapshotBoard(scratch))).toEqual([
      "claims/c2: claim for agency DINKES by opd DLHK",
      "withdrawals/c1: withdrawal of agency DINKES's claim",
    ]);
  });
});

describe("board adapter: interventions", () => {
  it("keeps the old API and records status changes in the history", () => {
    const doc = new Y.Doc();
    addIntervention(doc, "i1", { title: "Jamban sehat", agency: "DLHK", domain: "pantas_tempat_tinggal", status: "open" }, t0);
    expect(moveIntervention(doc, "i1", "claimed", { ...actingAs("opd", "DINSOS"), name: "x" }, t0)).toEqual({ ok: false, reason: "other-agency" });
    expect(moveIntervention(doc, "i1", "delivered", { ...actingAs("opd", "DLHK"), name: "x" }, t0)).toEqual({ ok: false, reason: "not-allowed" });
    for (const to of ["claimed", "in_progress", "delivered"] as const) expect(moveIntervention(doc, "i1", to, { ...actingAs("opd", "DLHK"), name: "Pak Dedi" }, t0).ok).toBe(true);
    const kader = { ...actingAs("kader", null), name: "Bidan Ani" };
    expect(moveIntervention(doc, "i1", "verified", kader, t0)).toEqual({ ok: false, reason: "verification-needs-date-and-note" });
    expect(moveIntervention(doc, "i1", "verified", kader, t0, { date: "2025-04-02", note: "dipakai keluarga" }).ok).toBe(true);
    expect(readInterventions(doc)[0]?.status).toBe("verified");
    expect(readVerification(interventionsMap(doc).get("i1"))).toEqual({ by: "Bidan Ani", date: "2025-04-02", note: "dipakai keluarga" });
    expect(readHistory(doc).map((e) => e.detail)).toEqual(["-> open", "open -> claimed", "claimed -> in_progress", "in_progress -> delivered", "delivered -> verified"]);
  });
});
