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

const reg = (d: Y.Doc) => d.getMap<unknown>("record");

describe("multi-value register", () => {
  it("is empty until written, then holds the value", () => {
    const d = new Y.Doc();
    expect(readRegister(reg(d), "tinggi").kind).toBe("empty");
    writeRegister(reg(d), "tinggi", "e1", 87.5, "Bidan Ani", NOW);
    expect(registerValue(reg(d), "tinggi")).toBe(87.5);
  });

  it("keeps registers of different fields of one record apart", () => {
    const d = new Y.Doc();
    writeRegister(reg(d), "tinggi", "e1", 87.5, "Ani", NOW);
    writeRegister(reg(d), "berat", "e2", 11.2, "Ani", NOW);
    expect(registerValue(reg(d), "tinggi")).toBe(87.5);
    expect(registerValue(reg(d), "berat")).toBe(11.2);
  });

  it("a later write on the same device replaces the value and leaves one entry", () => {
    const d = new Y.Doc();
    writeRegister(reg(d), "tinggi", "e1", 87.5, "Ani", NOW);
    writeRegister(reg(d), "tinggi", "e2", 88, "Ani", NOW);
    expect(registerValue(reg(d), "tinggi")).toBe(88);
    expect(reg(d).size).toBe(1);
  });

  it("rewriting the same value is a no-op", () => {
    const d = new Y.Doc();
    writeRegister(reg(d), "tinggi", "e1", "ledeng", "Ani", NOW);
    expect(writeRegister(reg(d), "tinggi", "e2", "ledeng", "Ani", NOW)).toBe(false);
    expect(reg(d).size).toBe(1);
  });

  it("a write that saw the other's value supersedes it after sync", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "tinggi", "a1", 80, "A", NOW);
    sync(a, b);
    writeRegister(reg(b), "tinggi", "b1", 81, "B", NOW);
    sync(a, b);
    expect(registerValue(reg(a), "tinggi")).toBe(81);
    expect(registerValue(reg(b), "tinggi")).toBe(81);
  });

  it("concurrent different values are a conflict on both devices, listed in the same order", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "tinggi", "a1", 80, "A", NOW);
    sync(a, b);
    writeRegister(reg(a), "tinggi", "a2", 82.5, "Bidan Ani", NOW);
    writeRegister(reg(b), "tinggi", "b2", 83, "Kader Yuli", new Date("2030-01-01T00:00:00Z"));
    sync(a, b);
    const sa = readRegister(reg(a), "tinggi");
    const sb = readRegister(reg(b), "tinggi");
    expect(sa).toEqual(sb);
    expect(sa.kind).toBe("conflict");
    if (sa.kind === "conflict") expect(sa.entries.map((e) => e.value)).toEqual([82.5, 83]);
    expect(registerValue(reg(a), "tinggi")).toBeNull();
  });

  it("concurrent equal values are not a conflict", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "tinggi", "a1", "tidak_ada", "A", NOW);
    writeRegister(reg(b), "tinggi", "b1", "tidak_ada", "B", NOW);
    sync(a, b);
    expect(readRegister(reg(a), "tinggi").kind).toBe("value");
  });

  it("a person resolves a conflict by writing over all heads, and it stays resolved everywhere", () => {
    const [a, b] = peers();
    writeRegister(reg(a), "tinggi", "a1", 80, "A", NOW);
    writeRegister(reg(b), "tinggi", "b1", 83, "B", NOW);
    sync(a, b);
    writeRegister(reg(b), "tinggi", "b2", 83, "B", NOW);
    sync(a, b);
    expect(registerValue(reg(a), "tinggi")).toBe(83);
    expect(reg(a).size).toBe(1);
  });

  it("ignores malformed entries written by an untrusted peer", () => {
    const d = new Y.Doc();
    writeRegister(reg(d), "tinggi", "e1", 50, "A", NOW);
    reg(d).set("r.tinggi.bad", [{ nested: true }, 1, "x"]);
    reg(d).set("r.tinggi.short", [1]);
    expect(registerValue(reg(d), "tinggi")).toBe(50);
  });
});
