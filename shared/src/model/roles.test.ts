import { describe, expect, it } from "vitest";
import { accessOf, canManageInvites, canRead, canWrite, type Role } from "./roles.ts";
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
];

describe("role table", () => {
  it.each(TABLE)("%s for %s is %s", (doc, role, access) => {
    expect(accessOf(role, doc)).toBe(access);
    expect(canRead(role, doc)).toBe(access !== "none");
    expect(canWrite(role, doc)).toBe(access === "write");
  });

  it("lets only the lurah manage invites", () => {
    expect(canManageInvites("lurah")).toBe(true);
    expect(canManageInvites("kader")).toBe(false);
    expect(canManageInvites("opd")).toBe(false);
    expect(canManageInvites("viewer")).toBe(false);
  });
});
