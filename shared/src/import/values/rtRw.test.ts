import { describe, expect, it } from "vitest";
import type { Cell } from "../types.ts";
import { readRtRw, readRtRwPair } from "./rtRw.ts";

describe("readRtRw: one RT or RW cell", () => {
  it.each<[Cell, "rt" | "rw", number | null, string | null]>([
    ["003", "rt", 3, null],
    ["3", "rt", 3, null],
    [" 03 ", "rt", 3, null],
    ["RT 03", "rt", 3, null],
    ["RT.003", "rt", 3, null],
    ["rt3", "rt", 3, null],
    ["RW 02", "rw", 2, null],
    ["3.0", "rt", 3, null],
    [{ kind: "number", value: 12, text: "12" }, "rt", 12, null],
    ["003/002", "rt", 3, null],
    ["003/002", "rw", 2, null],
    ["RT 3 RW 2", "rw", 2, null],
    [null, "rt", null, null],
    ["-", "rt", null, null],
    ["0", "rt", null, "tidak_sah"],
    ["000", "rw", null, "tidak_sah"],
    ["RW 02", "rt", null, "tidak_sah"],
    ["tiga", "rt", null, "tidak_sah"],
    ["Blok 3", "rt", null, "tidak_sah"],
    ["1000", "rt", null, "tidak_sah"],
    [{ kind: "number", value: 2.5, text: "2.5" }, "rt", null, "tidak_sah"],
    [{ kind: "date", iso: "2026-02-03" }, "rt", null, "jadi_tanggal"],
    ["03/02/2026", "rt", null, "jadi_tanggal"],
    ["3-Feb", "rw", null, "jadi_tanggal"],
    ["03-Feb-26", "rt", null, "jadi_tanggal"],
  ])("%j as %s -> %s", (cell, which, value, problem) => {
    expect(readRtRw(cell, which)).toMatchObject({ value, problem });
  });
});

describe("readRtRwPair: RT and RW in one column", () => {
  it.each<[Cell, number | null, number | null, string | null]>([
    ["003/002", 3, 2, null],
    ["3/2", 3, 2, null],
    ["03 - 02", 3, 2, null],
    ["RT 003 RW 002", 3, 2, null],
    ["RT.3/RW.2", 3, 2, null],
    ["RT 3", 3, null, "tidak_sah"],
    ["003", null, null, "tidak_sah"],
    [null, null, null, null],
    [{ kind: "date", iso: "2026-02-03" }, null, null, "jadi_tanggal"],
    ["03/02/2026", null, null, "jadi_tanggal"],
    ["Mar-02", null, null, "jadi_tanggal"],
  ])("%j -> RT %s RW %s", (cell, rt, rw, problem) => {
    expect(readRtRwPair(cell)).toMatchObject({ rt, rw, problem });
  });
});
