import { describe, expect, it } from "vitest";
import { STATUSES, type InterventionStatus } from "../../model/intervention.ts";
import { ROLES, type Role } from "../../model/roles.ts";
import { canTransition, nextStatuses } from "./statusFlow.ts";

// The whole flow as one table: from each status, where each role may move a card.
const TABLE: Record<InterventionStatus, Record<Role, InterventionStatus[]>> = {
  open: { lurah: ["claimed"], kader: [], opd: ["claimed"], viewer: [], district: [] },
  claimed: { lurah: ["in_progress", "open"], kader: [], opd: ["in_progress", "open"], viewer: [], district: [] },
  in_progress: { lurah: ["delivered", "claimed"], kader: [], opd: ["delivered", "claimed"], viewer: [], district: [] },
  delivered: { lurah: ["verified", "in_progress"], kader: ["verified", "in_progress"], opd: ["in_progress"], viewer: [], district: [] },
  verified: { lurah: ["delivered"], kader: [], opd: [], viewer: [], district: [] },
};

const ROWS = STATUSES.flatMap((from) => ROLES.map((role) => ({ from, role, next: TABLE[from][role] })));
const note = { date: "2025-04-02", note: "Jamban sudah dipakai keluarga" };

describe("intervention status flow", () => {
  it.each(ROWS)("$from, $role -> $next", ({ from, role, next }) => {
    expect(nextStatuses(from, role)).toEqual(next);
    for (const to of STATUSES) expect(canTransition(from, to, role, note).ok, `${from} -> ${to} by ${role}`).toBe(next.includes(to));
  });

  it("never skips a step forward", () => {
    for (const role of ROLES) {
      expect(nextStatuses("open", role)).not.toContain("delivered");
      expect(nextStatuses("claimed", role)).not.toContain("verified");
    }
  });

  it.each([
    { name: "no verification", v: undefined },
    { name: "no note", v: { date: "2025-04-02", note: "  " } },
    { name: "no date", v: { date: "", note: "ok" } },
    { name: "a date that is not a day", v: { date: "2 April", note: "ok" } },
  ])("verifying needs a date and a note: $name", ({ v }) => {
    expect(canTransition("delivered", "verified", "kader", v)).toEqual({ ok: false, reason: "verification-needs-date-and-note" });
  });

  it("an agency cannot verify its own delivery", () => {
    expect(canTransition("delivered", "verified", "opd", note)).toEqual({ ok: false, reason: "not-allowed" });
  });
});
