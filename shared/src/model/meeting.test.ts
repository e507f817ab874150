import { describe, expect, it } from "vitest";
import { isBoardId } from "./claim.ts";
import { stableHash } from "./ids.ts";
import { actionItemCardId } from "./meeting.ts";

describe("actionItemCardId", () => {
  it("is the same for the same item on every device, and a board id", () => {
    const id = actionItemCardId("k3xq0z9a8b7c6d5e4f3g2h1i", "0a1b2c3d4e5f6g7h8i9j0k1l");
    expect(id).toBe(actionItemCardId("k3xq0z9a8b7c6d5e4f3g2h1i", "0a1b2c3d4e5f6g7h8i9j0k1l"));
    expect(id).toBe("ai24_k3xq0z9a8b7c6d5e4f3g2h1i0a1b2c3d4e5f6g7h8i9j0k1l");
    expect(isBoardId(id)).toBe(true);
  });

  it("differs for pairs that a plain separator would confuse", () => {
    const pairs: Array<[string, string]> = [["a-b", "c"], ["a", "b-c"], ["a1", "2"], ["a", "12"], ["a_", "b"], ["a", "_b"]];
    const ids = pairs.map(([m, i]) => actionItemCardId(m, i));
    expect(new Set(ids).size).toBe(pairs.length);
  });

  it("stays within 64 characters for the longest ids, by a hash of the pair", () => {
    const long = "x".repeat(64);
    const ids = [actionItemCardId(long, long), actionItemCardId(long, `${"x".repeat(63)}y`), actionItemCardId(`${"x".repeat(63)}y`, long)];
    for (const id of ids) {
      expect(id).toMatch(/^ah_[0-9a-z]{22}$/);
      expect(isBoardId(id)).toBe(true);
    }
    expect(new Set(ids).size).toBe(3);
    // 59 characters of ids still read plainly (64 with the prefix)
    expect(actionItemCardId("m".repeat(30), "t".repeat(29))).toHaveLength(64);
  });

  it("hashes the same way everywhere (a change would split cards made before and after it)", () => {
    expect(stableHash("m1/t1")).toBe("2ao6a3ez9wp1qp6aetxpkb");
    expect(stableHash("m1/t2")).not.toBe(stableHash("m1/t1"));
  });
});
