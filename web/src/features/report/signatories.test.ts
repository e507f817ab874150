import { describe, expect, it } from "vitest";
import { signatories } from "./signatories.ts";

const m = (name: string, role: "lurah" | "kader" | "opd", position = "") => ({ name, role, position });

describe("signatories of the monthly report", () => {
  it.each([
    { members: [], lurah: null, ketua: null },
    { members: [m("Bambang Sutrisno", "lurah")], lurah: "Bambang Sutrisno", ketua: null },
    { members: [m("Sekretaris Desa", "lurah", "Sekdes"), m("Yohana Bria", "lurah", "Kepala Desa")], lurah: "Yohana Bria", ketua: null },
    { members: [m("Siti Aminah", "kader", "Ketua Pokja Kampung KB"), m("Maria Seran", "kader", "Ketua RT 03")], lurah: null, ketua: "Siti Aminah" },
    { members: [m("Maria Seran", "kader", "ketua kader")], lurah: null, ketua: "Maria Seran" },
    { members: [m("  ", "lurah", "Lurah"), m("Agus", "lurah")], lurah: "Agus", ketua: null },
    { members: [m("Pak Lurah", "lurah", "Lurah Namosain"), m("Ibu Ketua", "kader", "KETUA POKJA")], lurah: "Pak Lurah", ketua: "Ibu Ketua" },
  ])("$members.length members -> lurah $lurah, ketua $ketua", ({ members, lurah, ketua }) => {
    expect(signatories(members)).toEqual({ lurah, ketua });
  });
});
