import { describe, expect, it } from "vitest";
import type { Cell } from "../types.ts";
import { readCount, readDesil } from "./numbers.ts";

describe("readDesil", () => {
  it.each<[Cell, number | null, boolean]>([
    ["1", 1, false],
    ["10", 10, false],
    ["Desil 3", 3, false],
    ["DESIL 4", 4, false],
    ["3.0", 3, false],
    [{ kind: "number", value: 2, text: "2" }, 2, false],
    [null, null, false],
    ["0", null, true],
    ["11", null, true],
    ["miskin", null, true],
    [{ kind: "number", value: 2.5, text: "2.5" }, null, true],
  ])("%j -> %s", (cell, value, invalid) => {
    expect(readDesil(cell)).toMatchObject({ value, invalid });
  });
});

describe("readCount", () => {
  it.each<[Cell, number | null, boolean]>([
    ["0", 0, false],
    ["3", 3, false],
    ["2 orang", 2, false],
    [{ kind: "number", value: 4, text: "4" }, 4, false],
    ["-1", null, true],
    ["banyak", null, true],
  ])("%j -> %s", (cell, value, invalid) => {
    expect(readCount(cell)).toMatchObject({ value, invalid });
  });
});
