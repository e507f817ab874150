import { describe, expect, it } from "vitest";
import { accessOf, canManageInvites, canRead, canSendReport, canWrite, invitableRoles, type Role } from "./roles.ts";
import type { DocKind } from "./documents.ts";

// PRODUCT.md, "Roles (what each device may read and write)", row by row.
const TABLE: Array<[DocKind, Role, "none" | "read" | "write"]> = [
  ["roster", "lurah", "write"],
  ["roster", "kader", "write"],
  ["roster", "opd", "none"],
  ["roster", "viewer", "none"],
  ["board", "lurah", "write"],
  ["board", "kader", "write"],
  ["board", "opd", "write"],
  ["board", "viewer", "read"],
  ["minutes", "lurah", "write"],
  ["minutes", "kader", "write"],
  ["minutes", "opd", "read"],
  ["minutes", "viewer", "read"],
  ["meta", "lurah", "write"],
  ["meta", "kader", "read"],
  ["meta", "opd", "read"],
  ["meta", "viewer", "read"],
  // not in PRODUCT.md's table: the pokja's internal meeting notes take the roster's row
  ["internal", "lurah", "write"],
  ["internal", "kader", "write"],
  ["internal", "opd", "none"],
  ["internal", "viewer", "none"],
  // issue 19: the village plan takes the minutes' row
  ["plan", "lurah", "write"],
  ["plan", "kader", "write"],
  ["plan", "opd", "read"],
  ["plan", "viewer", "read"],
  // issue 16: a district reads the reports villages send, never a village document
  ["roster", "district", "none"],
  ["board", "district", "none"],
  ["minutes", "district", "none"],
  ["meta", "district", "none"],
  ["internal", "district", "none"],
  ["plan", "district", "none"],
];

describe("role table", () => {
  it.each(TABLE)("%s for %s is %s", (doc, role, access) => {
    expect(accessOf(role, doc)).toBe(access);
    expect(canRead(role, doc)).toBe(access !== "none");
    expect(canWrite(role, doc)).toBe(access === "write");
  });

  it("lets the lurah and a district user manage invites, each only for its own kind of role", () => {
    expect(canManageInvites("lurah")).toBe(true);
    expect(canManageInvites("district")).toBe(true);
    expect(canManageInvites("kader")).toBe(false);
    expect(canManageInvites("opd")).toBe(false);
    expect(canManageInvites("viewer")).toBe(false);
    expect(invitableRoles("lurah")).toEqual(["lurah", "kader", "opd", "viewer"]);
    expect(invitableRoles("district")).toEqual(["district"]);
    expect(invitableRoles("kader")).toEqual([]);
  });

  it("lets only the lurah send the monthly report", () => {
    expect((["lurah", "kader", "opd", "viewer", "district"] as const).filter(canSendReport)).toEqual(["lurah"]);
  });
});
