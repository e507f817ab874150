/**
 * The fields each side of a pair shows, NIK and No. KK masked unless the person
 * chose to see them (the list side's NIK is stored masked: it stays masked).
 */
import type { Household, ReviewItem } from "@shared/model/index.ts";
import { maskNik } from "@shared/rules/nik.ts";
import type { SideField } from "./RecordSide.tsx";

const masked = (id: string, show: boolean) => (id === "" ? "" : show ? id : maskNik(id));
const place = (rt: number | null | undefined, rw: number | null | undefined) => `${rt ?? "–"}/${rw ?? "–"}`;

export function listSideFields(item: ReviewItem): SideField[] {
  if (item.social) {
    const r = item.social;
    return [
      { label: "import.review.field.name", value: r.name },
      { label: "import.review.field.nik", value: masked(r.nik, false) },
      { label: "import.review.field.noKk", value: masked(r.noKk, false) },
      { label: "import.review.field.rtrw", value: place(r.rt, r.rw) },
      { label: "import.review.field.alamat", value: r.alamat },
      { label: "import.review.field.desil", value: r.desil === null ? "" : String(r.desil) },
      { label: "import.review.field.aid", value: r.aid.join(", ") },
    ];
  }
  const f = item.family;
  if (!f) return [];
  return [
    { label: "import.review.field.name", value: f.fields.kepala ?? "" },
    { label: "import.review.field.noKk", value: masked(f.fields.noKk ?? "", false) },
    { label: "import.review.field.rtrw", value: place(f.fields.rt, f.fields.rw) },
    { label: "import.review.field.alamat", value: f.fields.alamat ?? "" },
    { label: "import.review.field.members", value: f.members.map((m) => [m.nama, m.nik ? masked(m.nik, false) : ""].filter(Boolean).join(" ")).join("; ") },
  ];
}

export function householdFields(h: Household, showNik: boolean): SideField[] {
  return [
    { label: "import.review.field.name", value: h.kepala },
    { label: "import.review.field.noKk", value: masked(h.noKk, showNik) },
    { label: "import.review.field.rtrw", value: place(h.rt, h.rw) },
    { label: "import.review.field.alamat", value: h.alamat },
    { label: "import.review.field.members", value: h.members.map((m) => [m.nama, m.nik ? masked(m.nik, showNik) : ""].filter(Boolean).join(" ")).join("; ") },
    { label: "import.review.field.desil", value: h.desil === null ? "" : String(h.desil) },
    { label: "import.review.field.aid", value: h.aid.join(", ") },
  ];
}
