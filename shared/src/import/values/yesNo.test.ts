import { describe, expect, it } from "vitest";
import type { Cell } from "../types.ts";
import { readYesNo } from "./yesNo.ts";

describe("readYesNo: aid membership as lists write it", () => {
  it.each<[Cell, boolean | null, boolean]>([
    ["1", true, false],
    ["0", false, false],
    ["Ya", true, false],
    ["YA", true, false],
    ["Tidak", false, false],
    ["Y", true, false],
    ["T", false, false],
    ["N", false, false],
    ["v", true, false],
    ["\u2713", true, false],
    ["\u221a", true, false],
    ["TRUE", true, false],
    ["FALSE", false, false],
    ["Penerima", true, false],
    ["Bukan penerima", false, false],
    ["-", false, false],
    [true, true, false],
    [false, false, false],
    [{ kind: "number", value: 1, text: "1" }, true, false],
    [{ kind: "number", value: 0, text: "0" }, false, false],
    [null, null, false],
    ["kadang", null, true],
    [{ kind: "number", value: 2, text: "2" }, null, true],
  ])("%j -> %s", (cell, value, unknown) => {
    expect(readYesNo(cell)).toMatchObject({ value, unknown });
  });
});
