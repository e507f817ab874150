import { describe, expect, it } from "vitest";
import { resolveClaims } from "@shared/rules/claims/index.ts";
import type { Claim, Confirmation } from "@shared/model/claim.ts";
import type { BoardCard, BoardView, NeedView } from "../../state/board.ts";
import { agencyOverview, familyHistory, filterCards, groupNeeds, isOverdue, NO_FILTER, unmetNeeds } from "./selectors.ts";

const need = (id: string, familyId: string, domain: string, rt: number | null, rw: number | null = 1): NeedView => ({
  id, familyId, domain, rt, rw, label: `Kel. ${id}`, reason: "jamban_tidak_layak", createdAt: "", createdBy: "", closed: false, key: `${familyId}|${domain}`, resolution: null,
});
const claimOf = (id: string, agency: string, familyId = "h1"): Claim => ({ id, target: "need:n1", familyId, domain: "pantas_tempat_tinggal", agency, by: agency, createdAt: "", note: "" });
const card = (id: string, patch: Partial<BoardCard>): BoardCard => ({
  id, title: id, agency: "DINSOS", domain: "pantas_sehat", status: "open", createdAt: "", updatedAt: "", description: "", target: "kampung", familyId: "", targetLabel: "", dueDate: "", funding: "", verification: null, comments: [], plan: null, ...patch,
});

function view(claims: Claim[], confirmations: Record<string, Confirmation>): BoardView {
  const r = resolveClaims(claims, new Map(Object.entries(confirmations)), new Map());
  const needs = [need("n1", "h1", "pantas_tempat_tinggal", 3), need("n2", "h2", "pantas_sehat", 1)].map((n) => ({ ...n, resolution: r.byKey.get(n.key) ?? null }));
  return { needs, keys: [...r.byKey.values()], claims: claims.map((c) => r.claim(c.id)!), history: [
    { kind: "need", needId: "n1", claimId: "", interventionId: "", by: "k", at: "", detail: "" },
    { kind: "need", needId: "n2", claimId: "", interventionId: "", by: "k", at: "", detail: "" },
    { kind: "claim", needId: "", claimId: "c1", interventionId: "", by: "a", at: "", detail: "" },
    { kind: "status", needId: "", claimId: "", interventionId: "i1", by: "a", at: "", detail: "" },
  ] };
}

describe("board selectors", () => {
  const v = view([claimOf("c1", "DINSOS"), claimOf("c2", "BAZNAS")], { c1: { seq: 1, at: "2026-11-22T01:00:00Z", rejected: null }, c2: { seq: 2, at: "", rejected: null } });

  it("lists needs nobody handles yet, grouped by domain then RT", () => {
    expect(unmetNeeds(v).map((n) => n.id)).toEqual(["n2"]);
    expect(groupNeeds(v.needs).map((g) => [g.domain, g.needs.map((n) => n.id)])).toEqual([["pantas_sehat", ["n2"]], ["pantas_tempat_tinggal", ["n1"]]]);
  });

  it("tells an agency what it won, what waits, and what it lost", () => {
    expect(agencyOverview(v, [], "DINSOS", "2026-11-22").won.map((c) => c.id)).toEqual(["c1"]);
    expect(agencyOverview(v, [], "BAZNAS", "2026-11-22").lostOrRejected.map((c) => c.id)).toEqual(["c2"]);
    const pending = view([claimOf("c3", "DINKES")], {});
    expect(agencyOverview(pending, [], "DINKES", "2026-11-22").waiting.map((c) => c.status)).toEqual(["pending"]);
  });

  it("filters cards by agency, RT (of the card or its need) and due date", () => {
    const cards = [card("a", { target: "rt:3", dueDate: "2026-11-20" }), card("b", { agency: "DINKES", target: "need:n2", dueDate: "2026-11-25" }), card("c", { dueDate: "2026-11-01", status: "delivered" })];
    expect(filterCards(cards, { ...NO_FILTER, agency: "DINKES" }, v, "2026-11-22").map((c) => c.id)).toEqual(["b"]);
    expect(filterCards(cards, { ...NO_FILTER, rt: "1" }, v, "2026-11-22").map((c) => c.id)).toEqual(["b"]);
    expect(filterCards(cards, { ...NO_FILTER, due: "overdue" }, v, "2026-11-22").map((c) => c.id)).toEqual(["a"]);
    expect(filterCards(cards, { ...NO_FILTER, due: "week" }, v, "2026-11-22").map((c) => c.id)).toEqual(["a", "b"]);
    expect(isOverdue(cards[2]!, "2026-11-22")).toBe(false);
  });

  it("tells RT 3 of RW 1 from RT 3 of RW 2 (RT numbers repeat across a desa's RWs); a card whose RW is unknown is no RW's", () => {
    const cards = [
      card("rw1", { target: "rt:3/1" }),
      card("rw2", { target: "rt:3/2" }),
      card("old", { target: "rt:3" }),
      card("need", { target: "need:n1" }),
      card("kampung", {}),
    ];
    const ids = (f: Partial<typeof NO_FILTER>) => filterCards(cards, { ...NO_FILTER, ...f }, v, "2026-11-22").map((c) => c.id);
    expect(ids({ rt: "3" })).toEqual(["rw1", "rw2", "old", "need"]);
    expect(ids({ rt: "3", rw: "2" })).toEqual(["rw2"]);
    expect(ids({ rt: "03", rw: "1" })).toEqual(["rw1", "need"]);
    expect(ids({ rw: "1" })).toEqual(["rw1", "need"]);
    expect(ids({ rt: "x" })).toEqual([]);
  });

  it("collects a family's history from its needs, claims and cards", () => {
    const events = familyHistory(v, [card("i1", { target: "need:n1", familyId: "h1" })], "h1");
    expect(events.map((e) => e.kind)).toEqual(["need", "claim", "status"]);
  });
});
