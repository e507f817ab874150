import { describe, expect, it } from "vitest";
import { validateVisit, type VisitFields } from "./visit.ts";

const ok: VisitFields = { date: "2026-11-22", visitor: "Bidan Sari", activities: ["konseling"], notes: "", nextVisit: "2026-12-06" };

describe("a visit a person may save", () => {
  it.each<[string, Partial<VisitFields>, Record<string, string>]>([
    ["today, with an activity and a next visit", {}, {}],
    ["a note instead of an activity", { activities: [], notes: "Keluarga pindah sementara" }, {}],
    ["no next visit", { nextVisit: "" }, {}],
    ["an earlier day", { date: "2026-11-02", nextVisit: "2026-11-10" }, {}],
    ["no day", { date: "" }, { date: "tanggal_wajib" }],
    ["tomorrow", { date: "2026-11-23" }, { date: "tanggal_masa_depan" }],
    ["nobody named", { visitor: "  " }, { visitor: "pengunjung_wajib" }],
    ["nothing done and nothing noted", { activities: [], notes: " " }, { activities: "isi_kegiatan_atau_catatan" }],
    ["next visit the same day", { nextVisit: "2026-11-22" }, { nextVisit: "berikut_setelah_tanggal" }],
    ["next visit before the visit", { nextVisit: "2026-11-01" }, { nextVisit: "berikut_setelah_tanggal" }],
    ["next visit not a day", { nextVisit: "besok" }, { nextVisit: "berikut_setelah_tanggal" }],
  ])("%s", (_name, patch, errors) => {
    expect(validateVisit({ ...ok, ...patch }, "2026-11-22")).toEqual(errors);
  });
});
