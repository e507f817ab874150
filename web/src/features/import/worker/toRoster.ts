/**
 * The list as read (shared/src/import) into what the roster's import write takes
 * (shared/src/model: FamilyImportInput, SocialRow), and roster households into the
 * matcher's records. Plain functions: the worker runs them.
 */
import type { ImportedFamily as ListFamily, ImportedSocialRow } from "@shared/import/index.ts";
import type { Household, FamilyImportInput, ImportedHouseholdFields, MemberImportInput, Member, SocialProgramme, SocialRow } from "@shared/model/index.ts";
import type { MatchFamily } from "@shared/rules/matching/index.ts";

/**
 * What the worker needs of a roster household: the fields a family list can change, the members'
 * identity and the provenance that says which values a person entered (rules/familyListDiff.ts).
 * Not its measurements, location, notes or consent: those never leave the main thread.
 */
export type RosterRecord = Pick<Household, "id" | "noKk" | "kepala" | "dusun" | "rw" | "rt" | "alamat" | "sumberAir" | "jamban" | "sources"> & {
  members: Array<Pick<Member, "id" | "nik" | "nama" | "sex" | "birthDate" | "relation" | "childrenCount">>;
};

export function rosterRecord(h: Household): RosterRecord {
  return {
    id: h.id,
    noKk: h.noKk,
    kepala: h.kepala,
    dusun: h.dusun,
    rw: h.rw,
    rt: h.rt,
    alamat: h.alamat,
    sumberAir: h.sumberAir,
    jamban: h.jamban,
    sources: h.sources,
    members: h.members.map((m) => ({ id: m.id, nik: m.nik, nama: m.nama, sex: m.sex, birthDate: m.birthDate, relation: m.relation, childrenCount: m.childrenCount })),
  };
}

export function rosterToMatch(h: RosterRecord): MatchFamily {
  const people = h.members.map((m) => ({ nik: m.nik, name: m.nama, birthDate: m.birthDate, sex: m.sex, role: m.relation }));
  // a household typed in with a head's name but no member yet still has its head
  if (h.kepala !== "" && !h.members.some((m) => m.relation === "kepala")) people.unshift({ nik: "", name: h.kepala, birthDate: "", sex: "", role: "kepala" });
  return { id: h.id, noKk: h.noKk, people, rt: h.rt, rw: h.rw, alamat: h.alamat, kodeWilayah: "" };
}

function person(p: ListFamily["members"][number], childrenCount: number | null): MemberImportInput {
  const out: MemberImportInput = {};
  if (p.nik !== "") out.nik = p.nik;
  if (p.nama !== "") out.nama = p.nama;
  if (p.sex !== "") out.sex = p.sex;
  if (p.birthDate !== "") out.birthDate = p.birthDate;
  if (p.relation !== "") out.relation = p.relation;
  if (childrenCount !== null) out.childrenCount = childrenCount;
  return out;
}

/** A family of the list as the roster's import takes it; blank values are left out (a blank never clears). */
export function toImportedFamily(f: ListFamily, householdId: string | null): FamilyImportInput {
  const fields: Partial<ImportedHouseholdFields> = {};
  const head = f.members.find((m) => m.relation === "kepala") ?? f.members[0];
  if (f.noKk !== "") fields.noKk = f.noKk;
  if (head && head.nama !== "") fields.kepala = head.nama;
  if (f.dusun !== "") fields.dusun = f.dusun;
  if (f.rw !== null) fields.rw = f.rw;
  if (f.rt !== null) fields.rt = f.rt;
  if (f.alamat !== "") fields.alamat = f.alamat;
  if (f.sumberAir !== "") fields.sumberAir = f.sumberAir;
  if (f.jamban !== "") fields.jamban = f.jamban;
  // the number of children born alive is the wife's answer (the 4T rules read it there)
  const mother = f.members.findIndex((m) => m.relation === "istri");
  return {
    householdId,
    listId: f.id,
    rowNumber: f.rows[0] ?? 0,
    fields,
    members: f.members.map((m, i) => person(m, i === mother ? f.jumlahAnak : null)),
  };
}

export function toSocialRow(r: ImportedSocialRow): SocialRow {
  const aid: SocialProgramme[] = [];
  if (r.pkh === true) aid.push("PKH");
  if (r.bpnt === true) aid.push("BPNT");
  if (r.pbi === true) aid.push("PBI");
  return { id: r.id, nik: r.nik, noKk: r.noKk, name: r.nama, birthDate: r.birthDate, rt: r.rt, rw: r.rw, alamat: r.alamat, desil: r.desil, aid };
}
