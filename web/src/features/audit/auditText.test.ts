import { describe, expect, it } from "vitest";
import { emptyHousehold, type Household } from "@shared/model/index.ts";
import type { AuditEntry, AuditWho } from "../../state/audit.ts";
import { rootLabel, whatLines, whoText } from "./auditText.ts";

const household: Household = {
  ...emptyHousehold(), id: "h1", kepala: "Yohanes Seran", rt: 3, rw: 1, aid: [], consent: null, conflicts: [], createdAt: "", updatedAt: "",
  members: [{ id: "c1", nik: "5371014107250001", nama: "Maria", sex: "F", birthDate: "2025-03-01", relation: "anak", education: "", maritalStatus: "", pregnant: null, contraception: null, childrenCount: null, lastBirthDate: null }],
  measurements: [],
};
const byId = (id: string) => (id === "h1" ? household : undefined);
const entry = (what: AuditEntry["what"], more = 0): AuditEntry => ({ seq: 1, at: 0, who: { name: null, role: "kader", agency: null, jti: "j" }, bytes: 10, what, more });

describe("whoText", () => {
  it.each<[string, AuditWho, string]>([
    ["the invite's name", { name: "Ibu Sari", role: "kader", agency: null, jti: "abcdef123" }, "Ibu Sari"],
    ["an OPD liaison with their agency", { name: "Pak Dedi", role: "opd", agency: "DLHK", jti: "x" }, "Pak Dedi, DLHK"],
    ["no name: the role and the token's first characters", { name: null, role: "kader", agency: null, jti: "abcdef123" }, "Pokja / TPK tanpa nama (token abcdef)"],
    ["the relay's own write", { name: null, role: "relay", agency: null, jti: null }, "Relay (dicatat otomatis)"],
    ["stored before senders were kept", { name: null, role: null, agency: null, jti: null }, "Tercatat sebelum relay menyimpan pengirim"],
  ])("%s", (_what, who, text) => expect(whoText(who)).toBe(text));
});

describe("whatLines", () => {
  it.each<[string, AuditEntry, Array<{ text: string; householdId: string | null }>]>([
    ["a field of the family", entry([{ kind: "family", householdId: "h1", parts: [{ part: { kind: "household" }, field: "alamat", removed: false }] }]), [{ text: "Keluarga Yohanes Seran: Alamat", householdId: "h1" }]],
    ["a member's field, with the member's name", entry([{ kind: "family", householdId: "h1", parts: [{ part: { kind: "member", id: "c1" }, field: "nama", removed: false }] }]), [{ text: "Keluarga Yohanes Seran: Nama (Maria)", householdId: "h1" }]],
    ["a member added", entry([{ kind: "family", householdId: "h1", parts: [{ part: { kind: "member", id: "c1" }, field: null, removed: false }] }]), [{ text: "Keluarga Yohanes Seran: anggota Maria", householdId: "h1" }]],
    ["a measurement removed", entry([{ kind: "family", householdId: "h1", parts: [{ part: { kind: "measurement", id: "x9" }, field: null, removed: true }] }]), [{ text: "Keluarga Yohanes Seran: pengukuran (dihapus)", householdId: "h1" }]],
    ["a family this device no longer holds: no link", entry([{ kind: "family", householdId: "h9", parts: [{ part: { kind: "household" }, field: null, removed: false }] }]), [{ text: "Keluarga yang tidak ada lagi di perangkat ini: data keluarga", householdId: null }]],
    ["an import's thousands of families", entry([{ kind: "family", householdId: "h1", parts: [{ part: { kind: "origin" }, field: null, removed: false }] }, { kind: "imports" }], 20_799), [
      { text: "Keluarga Yohanes Seran: kode daftar keluarga", householdId: "h1" },
      { text: "catatan impor", householdId: null },
      { text: "dan 20.799 keluarga lain", householdId: null },
    ]],
    ["a board record", entry([{ kind: "place", root: "claims", key: "c-1" }]), [{ text: "Klaim: c-1", householdId: null }]],
    ["nothing this copy holds", entry([]), [{ text: "Isinya tidak ada di salinan perangkat ini.", householdId: null }]],
  ])("%s", (_what, e, lines) => expect(whatLines(e, byId, rootLabel)).toEqual(lines));

  it("names a meeting's internal notes and leaves unknown roots as they are", () => {
    expect(rootLabel("notes/rapat-1")).toBe("Catatan internal rapat rapat-1");
    expect(rootLabel("lain")).toBe("lain");
  });
});
