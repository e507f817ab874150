import { describe, expect, it } from "vitest";
import type { Role } from "@shared/model/index.ts";
import { joinVisitors, splitVisitors, visitedBy, visitorChoices } from "./visitors.ts";

describe("who visited", () => {
  it.each<[string, string[]]>([
    ["Bidan Sari", ["Bidan Sari"]],
    ["Bidan Sari, Kader Yuli", ["Bidan Sari", "Kader Yuli"]],
    [" Bidan Sari ,, Kader Yuli ,", ["Bidan Sari", "Kader Yuli"]],
    ["", []],
  ])("splits %j", (text, names) => expect(splitVisitors(text)).toEqual(names));

  it.each<[string[], string]>([
    [["Bidan Sari", "Kader Yuli"], "Bidan Sari, Kader Yuli"],
    [["Bidan Sari", "bidan sari", " "], "Bidan Sari"],
    [[], ""],
  ])("joins %j", (names, text) => expect(joinVisitors(names)).toBe(text));

  const member = (name: string, role: Role, revokedAt = "") => ({ name, role, revokedAt });
  it("offers the device's own name first, then the directory's pokja/TPK members by name, each once", () => {
    const directory = [member("Yuli Manafe", "kader"), member("Pak Lurah", "lurah"), member("Dinsos", "opd"), member("Ani Bria", "kader"), member("Bidan Sari", "kader"), member("Lama", "kader", "2026-01-01")];
    expect(visitorChoices(directory, "Bidan Sari")).toEqual(["Bidan Sari", "Ani Bria", "Yuli Manafe"]);
    expect(visitorChoices(directory, "")).toEqual(["Ani Bria", "Bidan Sari", "Yuli Manafe"]);
  });

  it.each<[string, string, boolean]>([
    ["Bidan Sari, Kader Yuli", "kader yuli", true],
    ["Bidan Sari", "Sari", false],
    ["Bidan Sari", "", false],
  ])("%j was visited by %j: %s", (visitor, name, expected) => expect(visitedBy(visitor, name)).toBe(expected));
});
