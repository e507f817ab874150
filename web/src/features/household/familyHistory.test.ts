import { describe, expect, it } from "vitest";
import { emptyHousehold, type Household } from "@shared/model/index.ts";
import type { RosterChange } from "../../state/roster.ts";
import type { HistoryEvent, NeedView } from "../../state/board.ts";
import { familyHistoryLines } from "./familyHistory.ts";

const household: Household = {
  ...emptyHousehold(), id: "h1", kepala: "Yohanes Seran", rt: 3, rw: 1, aid: [], consent: null, conflicts: [], createdAt: "", updatedAt: "",
  members: [{ id: "c1", nik: "5371014107250001", nama: "Maria", sex: "F", birthDate: "2025-03-01", relation: "anak", education: "", maritalStatus: "", pregnant: null, contraception: null, childrenCount: null, lastBirthDate: null }],
  measurements: [{ id: "x1", memberId: "c1", date: "2026-11-20", position: "lying", lengthCm: 72.5, weightKg: 8.1, measuredBy: "Bidan Ani" }],
};

const change = (patch: Partial<RosterChange> & Pick<RosterChange, "target" | "at">): RosterChange => ({ kind: "edit", value: null, by: "Bidan Sari", state: "current", ...patch });
const event = (patch: Partial<HistoryEvent> & Pick<HistoryEvent, "kind" | "at">): HistoryEvent => ({ claimId: "", interventionId: "", needId: "", by: "Bidan Sari", detail: "", ...patch });
const need = { id: "n1", familyId: "h1", reason: "jamban_tidak_layak", domain: "pantas_tempat_tinggal" } as NeedView;

describe("familyHistoryLines", () => {
  it("puts the roster's changes and the board's events in one list, newest first, whatever order they came in", () => {
    const lines = familyHistoryLines(
      [
        change({ kind: "created", target: { kind: "household", field: "" }, by: "", at: "2026-11-20T01:00:00.000Z" }),
        change({ target: { kind: "household", field: "jamban" }, value: "tidak_ada", at: "2026-11-22T03:00:00.000Z" }),
      ],
      household,
      [
        event({ kind: "need-closed", needId: "n1", by: "Pak Lurah", detail: "verified", at: "2026-11-25T00:00:00.000Z" }),
        event({ kind: "need", needId: "n1", detail: "pantas_tempat_tinggal jamban_tidak_layak", at: "2026-11-21T00:00:00.000Z" }),
      ],
      [need],
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Pak Lurah menutup kebutuhan: jamban tidak layak (diterima dan dimanfaatkan)",
      "Bidan Sari mengubah Jamban: Tidak ada jamban",
      "Bidan Sari mempublikasikan kebutuhan: jamban tidak layak (Pantas tempat tinggal)",
      "Keluarga dicatat",
    ]);
  });

  it("says who replaced a value changed at the same time, and which values are disputed", () => {
    const lines = familyHistoryLines(
      [
        change({ target: { kind: "household", field: "alamat" }, value: "Jl. Mawar 3", state: "replaced", replacedBy: { by: "Kader Yuli", at: "", value: "Jl. Melati 5" }, at: "2026-11-22T02:03:00.000Z" }),
        change({ target: { kind: "measurement", measurementId: "x1", field: "lengthCm" }, value: 71, state: "disputed", at: "2026-11-22T02:04:00.000Z" }),
      ],
      household,
      [],
      [],
    );
    expect(lines.map((l) => [l.text, l.note])).toEqual([
      ["Bidan Sari mengubah Panjang/tinggi badan (cm) (Maria, 20 Nov 2026): 71 cm", "nilai berbeda dari perangkat lain: pilih yang benar di atas"],
      ["Bidan Sari mengubah Alamat: Jl. Mawar 3", "diganti oleh Kader Yuli (Jl. Melati 5), perubahan bersamaan saat tidak tersambung"],
    ]);
  });

  it.each<[string, RosterChange, string]>([
    ["a NIK stays masked", change({ target: { kind: "member", memberId: "c1", field: "nik" }, value: "5371014107250001", at: "x" }), "Bidan Sari mengubah NIK (Maria): 5371********0001"],
    ["a deletion", change({ target: { kind: "household", field: "deleted" }, value: true, by: "Pak Lurah", at: "x" }), "Pak Lurah menghapus keluarga ini"],
    ["a restore", change({ target: { kind: "household", field: "deleted" }, value: null, by: "Pak Lurah", at: "x" }), "Pak Lurah memulihkan keluarga ini"],
    ["an aid programme", change({ target: { kind: "household", field: "aid.PKH" }, value: true, at: "x" }), "Bidan Sari mengubah Bantuan PKH: menerima"],
    ["a measurement recorded", change({ kind: "created", target: { kind: "measurement", measurementId: "x1", field: "" }, by: "Bidan Ani", at: "x" }), "Bidan Ani mencatat pengukuran Maria, 20 Nov 2026"],
    ["an edit without a name", change({ target: { kind: "household", field: "notes" }, value: "", by: "", at: "x" }), "Seseorang mengubah Catatan: (kosong)"],
  ])("%s", (_name, c, text) => {
    expect(familyHistoryLines([c], household, [], [])[0]!.text).toBe(text);
  });

  it("puts the later of two changes made within one second on top (the roster gives them in write order)", () => {
    const at = "2026-11-22T02:00:00.000Z";
    const lines = familyHistoryLines(
      [change({ target: { kind: "household", field: "jamban" }, value: "tidak_ada", at }), change({ target: { kind: "household", field: "deleted" }, value: true, at })],
      household,
      [],
      [],
    );
    expect(lines.map((l) => l.text)).toEqual(["Bidan Sari menghapus keluarga ini", "Bidan Sari mengubah Jamban: Tidak ada jamban"]);
  });

  it("writes a location set at once as one line", () => {
    const at = "2026-11-22T02:00:00.000Z";
    const lines = familyHistoryLines([change({ target: { kind: "household", field: "lat" }, value: -10.15, at }), change({ target: { kind: "household", field: "lon" }, value: 123.58, at })], household, [], []);
    expect(lines.map((l) => l.text)).toEqual(["Bidan Sari mengubah Lokasi: -10,15, 123,58"]);
  });
});
