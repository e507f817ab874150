import { describe, expect, it } from "vitest";
import { daysLeftToRestore, purgeDue, restorableUntil, RESTORE_DAYS } from "./householdDeletion.ts";

const DELETED = "2026-11-01T08:00:00.000Z";

describe("household deletion period", () => {
  it(`can be restored for ${RESTORE_DAYS} days`, () => {
    expect(restorableUntil(DELETED).toISOString()).toBe("2026-12-01T08:00:00.000Z");
  });

  it.each<[string, string, boolean, number]>([
    ["just deleted", "2026-11-01T08:00:01Z", false, 30],
    ["29 days and a bit later", "2026-11-30T09:00:00Z", false, 1],
    ["at the last moment", "2026-12-01T08:00:00Z", false, 0],
    ["a second later", "2026-12-01T08:00:01Z", true, 0],
    ["months later", "2027-03-01T00:00:00Z", true, 0],
  ])("%s: purge due %s", (_name, now, due, daysLeft) => {
    expect(purgeDue(DELETED, new Date(now))).toBe(due);
    expect(daysLeftToRestore(DELETED, new Date(now))).toBe(daysLeft);
  });

  it("an unreadable deletion date never purges", () => {
    expect(purgeDue("", new Date("2030-01-01T00:00:00Z"))).toBe(false);
    expect(purgeDue("kemarin", new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });
});
