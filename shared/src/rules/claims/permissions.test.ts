import { describe, expect, it } from "vitest";
import type { Role } from "../../model/roles.ts";
import { actingAs, canClaim, canEditIntervention, canPublishNeed, canReassign, canWithdraw } from "./permissions.ts";

const ROWS: Array<{ role: Role; opd?: string; agency: string; claim: boolean; withdraw: boolean; reassign: boolean; need: boolean; edit: boolean }> = [
  { role: "opd", opd: "DINKES", agency: "DINKES", claim: true, withdraw: true, reassign: false, need: false, edit: true },
  { role: "opd", opd: "DINKES", agency: "DINSOS", claim: false, withdraw: false, reassign: false, need: false, edit: false },
  { role: "opd", agency: "DINKES", claim: false, withdraw: false, reassign: false, need: false, edit: false },
  { role: "lurah", agency: "DINSOS", claim: true, withdraw: true, reassign: true, need: true, edit: true },
  { role: "kader", agency: "DINSOS", claim: false, withdraw: false, reassign: false, need: true, edit: true },
  { role: "viewer", agency: "DINSOS", claim: false, withdraw: false, reassign: false, need: false, edit: false },
];

describe("board permissions", () => {
  it.each(ROWS)("$role of $opd on an $agency record", (row) => {
    const actor = actingAs(row.role, row.opd);
    expect({
      claim: canClaim(actor, { agency: row.agency }),
      withdraw: canWithdraw(actor, { agency: row.agency }),
      reassign: canReassign(actor),
      need: canPublishNeed(actor),
      edit: canEditIntervention(actor, { agency: row.agency }),
    }).toEqual({ claim: row.claim, withdraw: row.withdraw, reassign: row.reassign, need: row.need, edit: row.edit });
  });

  it("an opd agency only counts for role opd, and an empty one is no agency", () => {
    expect(actingAs("kader", "DINKES")).toEqual({ role: "kader", agency: null });
    expect(actingAs("opd", "")).toEqual({ role: "opd", agency: null });
    expect(canClaim(actingAs("opd", ""), { agency: "" })).toBe(false);
  });
});
