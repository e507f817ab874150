import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readRegister, registerValue, writeRegister } from "./mvRegister.ts";

const NOW = new Date("2026-11-22T10:00:00Z");

function peers(): [Y.Doc, Y.Doc] {
  return [new Y.Doc(), new Y.Doc()];
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const reg = (d: Y.Doc) => d.getMap<unknown>("r");

describe("multi-value register", () => {
  it("is empty until written, then holds the value", () => {
    const d = new Y.Doc();
    expect(readRegister(reg(d)).kind).toBe("empty");
    writeRegister(reg(d), "e1", 87.5, "Bidan Ani", NOW);
    expect(registerValue(reg(d))).toBe(87.5);
  });

  it("a later write on the same device replaces the value and leaves one entry", () => {
    const d = new Y.Doc();
    writeRegister(reg(d), "e1", 87.5, "Ani", NOW);
    writeRegister(reg(d), "e2", 88, "Ani", NOW);
    expect(registerValue(reg(d))).toBe(88);
    expect(reg(d).size).toBe(1);
  });

  it("rewriting the same value is a no-op", () => {
    const d = new Y.Doc();
    writeRegister(reg(d), "e1", "ledeng", "Ani", NOW);
    expect(writeRegister(reg(d), "e2", "ledeng", "Ani", NOW)).toBe(false);
    expect(reg(d).size).toBe(1);
  });

  it("a write that saw the other's value supersedes it after sync", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "a1", 80, "A", NOW);
    sync(a, b);
    writeRegister(reg(b), "b1", 81, "B", NOW);
    sync(a, b);
    expect(registerValue(reg(a))).toBe(81);
    expect(registerValue(reg(b))).toBe(81);
  });

  it("concurrent different values are a conflict on both devices, listed in the same order", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "a1", 80, "A", NOW);
    sync(a, b);
    writeRegister(reg(a), "a2", 82.5, "Bidan Ani", NOW);
    writeRegister(reg(b), "b2", 83, "Kader Yuli", new Date("2030-01-01T00:00:00Z"));
    sync(a, b);
    const sa = readRegister(reg(a));
    const sb = readRegister(reg(b));
    expect(sa).toEqual(sb);
    expect(sa.kind).toBe("conflict");
    if (sa.kind === "conflict") expect(sa.entries.map((e) => e.value)).toEqual([82.5, 83]);
    expect(registerValue(reg(a))).toBeNull();
  });

  it("concurrent equal values are not a conflict", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "a1", "tidak_ada", "A", NOW);
    writeRegister(reg(b), "b1", "tidak_ada", "B", NOW);
    sync(a, b);
    expect(readRegister(reg(a)).kind).toBe("value");
  });

  it("a person resolves a conflict by writing over all heads, and it stays resolved everywhere", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "a1", 80, "A", NOW);
    writeRegister(reg(b), "b1", 83, "B", NOW);
    sync(a, b);
    writeRegister(reg(b), "b2", 83, "B", NOW);
    sync(a, b);
    expect(registerValue(reg(a))).toBe(83);
    expect(reg(a).size).toBe(1);
  });

  it("ignores malformed entries written by an untrusted peer", () => {
    const d = new Y.Doc();
    writeRegister(reg(d), "e1", 50, "A", NOW);
    reg(d).set("bad", { v: { nested: true }, by: 1, at: "x", sup: "no" });
    expect(registerValue(reg(d))).toBe(50);
  });
});
