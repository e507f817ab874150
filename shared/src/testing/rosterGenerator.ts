/**
 * A seeded generator of realistic kelurahan rosters (DOMAIN.md "Sizes to design
 * for"): an urban kelurahan of Kota Kupang with RW 1-8 and RT 1-15, Indonesian
 * names, 16-digit No. KK and NIKs that pass parseNik, about 4 members per family
 * (head, wife, children, sometimes a grandparent), water/toilet/KB answers mixed
 * so that roughly 12-20% of families screen as KRS, desil and PKH/BPNT on poor
 * families, and under-five children with 1-6 plausible measurements (some stunted).
 *
 * Everything is written through the roster CRDT adapters (the only Yjs mapping
 * of the roster), so the document has exactly the shape the app writes. Ids
 * have the app's lengths (12 characters for households, 6 for members and
 * measurements, 5 for edit entries)
 * so the encoded size is representative. Same seed and same `today` give the
 * same households; give the doc a fixed clientID to get the same bytes too.
 */
import type * as Y from "yjs";
import { addHousehold, addMeasurement, addMember, type Writer } from "../crdt/roster/index.ts";
import type { AidProgramme, Consent, ConsentMethod, HouseholdFields, MaritalStatus, MemberFields, MemberRiskAnswers, Toilet, WaterSource } from "../model/index.ts";
import type { Contraception, MotherEducation } from "../rules/screening/types.ts";
import { lmsForAge } from "../rules/growth/lms.ts";
import { LAST_TABLE_DAY, STANDING_FROM_DAY } from "../rules/growth/measurement.ts";
import { WHO_TABLES } from "../rules/growth/whoTables.generated.ts";
import { lmsValueAt } from "../rules/growth/zscore.ts";
import { Prng } from "./prng.ts";

export interface RosterGeneratorOptions {
  households: number;
  seed: number;
  /** the day ages are computed against (YYYY-MM-DD); default: today (UTC). Fix it for reproducible output. */
  today?: string;
  /** prefix of household ids, default none */
  idPrefix?: string;
}

export interface GeneratedRosterSummary {
  households: number;
  members: number;
  underFive: number;
  measurements: number;
  today: string;
}

const DAY_MS = 86_400_000;
const ID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz";

// Kota Kupang (53.71): Alak, Maulafa, Oebobo, Kelapa Lima, Kota Raja, Kota Lama. Most people were registered here.
const KUPANG_KECAMATAN = ["537101", "537102", "537103", "537104", "537105", "537106"];
// Some were registered elsewhere in NTT (Kab. Kupang, TTS, Rote Ndao, Sabu Raijua) or in Java and Sulawesi.
const OTHER_REGIONS = ["530101", "530203", "531401", "532001", "330101", "731201"];
const KK_REGION = "537103";

const MALE_FIRST = [
  "Yohanes", "Fransiskus", "Petrus", "Paulus", "Yosef", "Markus", "Daniel", "Yakobus", "Stefanus", "Agustinus", "Benediktus", "Kornelis",
  "Simon", "Melkianus", "Yeremias", "Abdul", "Muhammad", "Ahmad", "Hasan", "Ismail", "Budi", "Agus", "Joko", "Slamet", "Rudi", "Hendrik",
  "Alfons", "Adrianus", "Matheus", "Wilhelmus", "Gabriel", "Dominggus", "Lukas", "Roni", "Ferdi", "Arnold", "Marthen", "Obed", "Yusuf", "Rahmat",
];
const FEMALE_FIRST = [
  "Maria", "Yuliana", "Agustina", "Margaretha", "Elisabeth", "Fransiska", "Veronika", "Theresia", "Katarina", "Magdalena", "Yohana", "Antonia",
  "Siti", "Nurhayati", "Aminah", "Fatimah", "Halimah", "Sri", "Wahyuni", "Rina", "Dewi", "Yanti", "Ursula", "Debora", "Selfina", "Orpa",
  "Mariana", "Florentina", "Imelda", "Sarlota", "Adriana", "Yosefina", "Martha", "Sisilia", "Novita", "Ester", "Rahel", "Aisyah", "Nur", "Susana",
];
const SURNAMES = [
  "Bria", "Seran", "Lake", "Nomleni", "Tefa", "Benu", "Fanggidae", "Manafe", "Ndun", "Ratu", "Pah", "Kase", "Taneo", "Sabu", "Nenobais",
  "Tanone", "Boimau", "Mooy", "Lenggu", "Tallo", "Nitbani", "Bessie", "Pello", "Amalo", "Haning", "Rihi", "Koroh", "Mesakh", "Dethan", "Foeh",
  "Lay", "Ully", "Lomi", "Kolo", "Tuka", "Leo", "Daeng", "Rahman", "Santoso", "Wibowo", "Siregar", "Saragih", "Lopo", "Tamelan", "Selan",
];
const STREETS = [
  "Jl. Kenanga", "Jl. Flamboyan", "Jl. Pelabuhan", "Jl. Bakau", "Jl. Timor Raya", "Jl. Soeharto", "Jl. Cak Doko", "Jl. Frans Seda",
  "Jl. El Tari", "Jl. Sumba", "Jl. Alor", "Jl. Rote", "Jl. Nangka", "Jl. Kelapa", "Gg. Melati", "Gg. Mawar", "Gg. Anggrek", "Gg. Cempaka",
];
const KADER = ["Bidan Yuliana", "Kader Maria", "Kader Siti", "Kader Debora", "Bidan Agustina", "Kader Ester"];

const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOfIso = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const round1 = (v: number): number => Math.round(v * 10) / 10;

/** A uniform index into cumulative weights. */
function weighted<T>(rng: Prng, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1]![0];
}

function normal(rng: Prng, mean = 0, sd = 1): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function randomId(rng: Prng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ID_CHARS[rng.int(0, ID_CHARS.length - 1)];
  return out;
}

const WATER: ReadonlyArray<readonly [WaterSource, number]> = [
  ["kemasan", 34], ["ledeng", 28], ["sumur_bor", 14], ["sumur_terlindung", 12],
  ["sumur_tak_terlindung", 2], ["mata_air_terlindung", 1], ["mata_air_tak_terlindung", 0.5], ["air_hujan", 1], ["sungai", 0.5], ["lainnya", 0.5],
];
const TOILET: ReadonlyArray<readonly [Toilet, number]> = [["jamban_septik", 96.5], ["jamban_tanpa_septik", 3], ["tidak_ada", 0.5]];
const DESIL: ReadonlyArray<readonly [number | null, number]> = [
  [1, 9], [2, 10], [3, 10], [4, 10], [5, 9], [6, 8], [7, 7], [8, 6], [9, 5], [10, 4], [null, 22],
];
const EDUCATION: ReadonlyArray<readonly [MotherEducation, number]> = [
  ["tidak_sekolah", 2], ["tidak_tamat_sd", 5], ["sd", 18], ["smp", 22], ["sma", 38], ["perguruan_tinggi", 15],
];

type Person = MemberFields & Partial<MemberRiskAnswers>;

/** Writes `households` families into `doc`; returns counts. */
export function generateRoster(doc: Y.Doc, options: RosterGeneratorOptions): GeneratedRosterSummary {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const todayDay = dayOfIso(today);
  if (!Number.isFinite(todayDay)) throw new Error(`today is not a YYYY-MM-DD date: ${today}`);
  const rng = new Prng(options.seed);
  const idRng = new Prng((options.seed ^ 0x5eed) >>> 0);
  const writer: Writer = { by: "Kader Pendata", newId: () => randomId(idRng, 5) };
  const now = new Date(todayDay * DAY_MS + 8 * 3_600_000 - 30 * DAY_MS);
  const serials = new Map<string, number>();
  const summary: GeneratedRosterSummary = { households: 0, members: 0, underFive: 0, measurements: 0, today };

  /** NIK: region of first registration + DDMMYY (women +40) + a serial that is never 0000. */
  const nik = (birthIso: string, sex: "M" | "F"): string => {
    const region = rng.bool(0.85) ? rng.pick(KUPANG_KECAMATAN) : rng.pick(OTHER_REGIONS);
    const [y, m, d] = birthIso.split("-") as [string, string, string];
    const dd = String(Number(d) + (sex === "F" ? 40 : 0)).padStart(2, "0");
    const prefix = `${region}${dd}${m}${y.slice(2)}`;
    const serial = (serials.get(prefix) ?? rng.int(0, 20)) + 1;
    serials.set(prefix, serial);
    return prefix + String(((serial - 1) % 9999) + 1).padStart(4, "0");
  };
  /** No. KK: issuing region + DDMMYY issue date + serial. */
  const noKk = (): string => {
    const issued = isoOfDay(todayDay - rng.int(60, 365 * 15));
    const [y, m, d] = issued.split("-") as [string, string, string];
    const prefix = `${KK_REGION}${d}${m}${y.slice(2)}`;
    const serial = (serials.get(`kk${prefix}`) ?? rng.int(0, 50)) + 1;
    serials.set(`kk${prefix}`, serial);
    return prefix + String(((serial - 1) % 9999) + 1).padStart(4, "0");
  };
  const bornYearsAgo = (minYears: number, maxYears: number): string =>
    isoOfDay(todayDay - rng.int(Math.round(minYears * 365.25), Math.round(maxYears * 365.25 + 364)));
  const person = (sex: "M" | "F", birthDate: string, relation: MemberFields["relation"], nama: string, maritalStatus: MaritalStatus, education: MotherEducation | ""): Person => ({
    nik: rng.bool(0.97) ? nik(birthDate, sex) : "",
    nama,
    sex,
    birthDate,
    relation,
    education,
    maritalStatus,
  });

  for (let i = 0; i < options.households; i++) {
    const id = (options.idPrefix ?? "") + randomId(idRng, 12);
    const surname = rng.pick(SURNAMES);
    const poor = rng.next();
    const desil = weighted(rng, DESIL);
    const poorFamily = desil !== null ? desil <= 4 : poor < 0.3;
    const members: Person[] = [];

    // Family type: a couple (most), a woman heading her family alone, an old head living alone or with grown children.
    const kind = weighted(rng, [["couple", 83], ["single_mother", 7], ["elderly", 10]] as const);
    let wifeAge: number;
    if (kind === "couple") {
      wifeAge = weighted(rng, [[rng.int(17, 19), 2], [rng.int(20, 29), 24], [rng.int(30, 35), 27], [rng.int(36, 49), 6], [rng.int(50, 72), 41]] as const);
      const headAge = Math.min(85, wifeAge + rng.int(0, 8));
      members.push(person("M", bornYearsAgo(headAge, headAge), "kepala", `${rng.pick(MALE_FIRST)} ${surname}`, "kawin", weighted(rng, EDUCATION)));
      members.push(person("F", bornYearsAgo(wifeAge, wifeAge), "istri", `${rng.pick(FEMALE_FIRST)} ${rng.pick(SURNAMES)}`, "kawin", weighted(rng, EDUCATION)));
    } else if (kind === "single_mother") {
      const age = rng.int(24, 55);
      members.push(person("F", bornYearsAgo(age, age), "kepala", `${rng.pick(FEMALE_FIRST)} ${surname}`, rng.pick(["cerai_hidup", "cerai_mati"] as const), weighted(rng, EDUCATION)));
      wifeAge = age;
    } else {
      const age = rng.int(55, 82);
      const male = rng.bool(0.45);
      members.push(person(male ? "M" : "F", bornYearsAgo(age, age), "kepala", `${rng.pick(male ? MALE_FIRST : FEMALE_FIRST)} ${surname}`, rng.bool(0.3) ? "kawin" : "cerai_mati", weighted(rng, EDUCATION)));
      wifeAge = age - rng.int(0, 5);
    }

    // Children: births from about 19 to 44, mostly two years or more apart; grown children have often left the KK.
    const births: number[] = [];
    const mother = wifeAge;
    const wanted = mother < 20 ? rng.int(0, 1) : mother <= 35 ? weighted(rng, [[0, 6], [1, 22], [2, 40], [3, 27], [4, 4], [5, 1]] as const) : weighted(rng, [[0, 5], [1, 14], [2, 30], [3, 29], [4, 13], [5, 9]] as const);
    let lastBirth = todayDay - Math.round((mother - rng.int(19, 24)) * 365.25);
    for (let c = 0; c < wanted; c++) {
      if (lastBirth > todayDay - 30) break;
      births.push(lastBirth);
      const gapMonths = rng.bool(0.06) ? rng.int(14, 23) : rng.int(26, 60);
      lastBirth += Math.round(gapMonths * 30.44);
      if ((todayDay - lastBirth) / 365.25 < mother - 44) break;
    }
    for (const birth of births) {
      const ageYears = (todayDay - birth) / 365.25;
      if (ageYears > 24 && rng.bool(ageYears > 32 ? 0.5 : 0.15)) continue; // moved out
      const sex = rng.bool(0.5) ? "M" : "F";
      const first = rng.pick(sex === "M" ? MALE_FIRST : FEMALE_FIRST);
      const education: MotherEducation | "" = ageYears < 7 ? "" : ageYears < 13 ? "sd" : ageYears < 16 ? "smp" : ageYears < 19 ? "sma" : weighted(rng, EDUCATION);
      members.push(person(sex, isoOfDay(birth), "anak", `${first} ${surname}`, ageYears > 22 && rng.bool(0.3) ? "kawin" : "belum_kawin", education));
    }
    // Old families sometimes keep a grandchild; some families house a grandparent.
    if ((kind === "elderly" && rng.bool(0.3)) || (kind === "couple" && wifeAge >= 50 && rng.bool(0.15))) {
      const sex = rng.bool(0.5) ? "M" : "F";
      members.push(person(sex, isoOfDay(todayDay - rng.int(30, 4 * 365)), "lainnya", `${rng.pick(sex === "M" ? MALE_FIRST : FEMALE_FIRST)} ${surname}`, "belum_kawin", ""));
    }
    if (kind !== "elderly" && rng.bool(0.2)) {
      const age = rng.int(62, 88);
      const sex = rng.bool(0.35) ? "M" : "F";
      members.push(person(sex, bornYearsAgo(age, age), "lainnya", `${rng.pick(sex === "M" ? MALE_FIRST : FEMALE_FIRST)} ${rng.pick(SURNAMES)}`, "cerai_mati", weighted(rng, EDUCATION)));
    }

    // The wife's screening answers (asked of a wife of 15-49: PUS); older wives answer children only.
    const wife = members.find((m) => m.relation === "istri");
    if (wife) {
      const youngest = births.length > 0 ? births[births.length - 1]! : null;
      wife.childrenCount = births.length + (rng.bool(0.05) ? 1 : 0);
      wife.lastBirthDate = youngest === null ? null : isoOfDay(youngest);
      if (wifeAge <= 49) {
        wife.pregnant = wifeAge < 42 && rng.bool(0.07);
        const kb: Contraception = rng.bool(0.9) ? "modern" : rng.bool(0.4) ? "tradisional" : "tidak";
        wife.contraception = wife.pregnant ? "tidak" : kb;
      }
    }

    const fields: HouseholdFields = {
      noKk: rng.bool(0.96) ? noKk() : "",
      kepala: members[0]!.nama,
      dusun: "",
      rw: rng.int(1, 8),
      rt: rng.int(1, 15),
      alamat: `${rng.pick(STREETS)} No. ${rng.int(1, 120)}`,
      sumberAir: rng.bool(0.98) ? (poorFamily && rng.bool(0.06) ? weighted(rng, WATER.slice(3)) : weighted(rng, WATER)) : "",
      jamban: rng.bool(0.98) ? (poorFamily && rng.bool(0.05) ? weighted(rng, TOILET.slice(1)) : weighted(rng, TOILET)) : "",
      lat: rng.bool(0.35) ? Math.round((-10.17 + normal(rng, 0, 0.01)) * 1e6) / 1e6 : null,
      lon: null,
      desil,
      notes: rng.bool(0.05) ? "Perlu kunjungan ulang" : "",
    };
    if (fields.lat !== null) fields.lon = Math.round((123.6 + normal(rng, 0, 0.01)) * 1e6) / 1e6;

    const aid: AidProgramme[] = [];
    if (poorFamily && desil !== null && desil <= 3 && rng.bool(0.55)) aid.push("PKH");
    if (poorFamily && rng.bool(0.5)) aid.push("BPNT");
    if (poorFamily && rng.bool(0.6)) aid.push("PBI");
    if (poorFamily && rng.bool(0.03)) aid.push("KUBE");
    let consent: Consent | null = null;
    if (rng.bool(0.7)) {
      const how: ConsentMethod = weighted(rng, [["tertulis", 60], ["lisan", 35], ["wali", 5]] as const);
      consent = { by: members[0]!.nama, at: isoOfDay(todayDay - rng.int(30, 400)), how };
    }
    doc.transact(() => {
      addHousehold(doc, id, fields, now, writer, { aid, consent });
      for (const m of members) {
        const memberId = randomId(idRng, 6);
        addMember(doc, id, memberId, m, now, writer);
        summary.members += 1;
        const ageDays = todayDay - dayOfIso(m.birthDate);
        if (ageDays < 0 || ageDays > LAST_TABLE_DAY) continue;
        summary.underFive += 1;
        summary.measurements += writeMeasurements(doc, rng, idRng, id, memberId, m.sex === "F" ? "F" : "M", dayOfIso(m.birthDate), todayDay, now, writer);
      }
    });
    summary.households += 1;
  }
  return summary;
}

/** 1-6 posyandu visits about a month apart, on a child-specific growth track (mean HAZ about -1: NTT). */
function writeMeasurements(doc: Y.Doc, rng: Prng, idRng: Prng, householdId: string, memberId: string, sex: "M" | "F", birthDay: number, todayDay: number, now: Date, writer: Writer): number {
  const visits = rng.int(1, 6);
  const haz = normal(rng, -1.05, 1.05);
  const waz = 0.6 * haz + normal(rng, -0.35, 0.8);
  let day = todayDay - rng.int(0, 45);
  const days: number[] = [];
  for (let v = 0; v < visits && day > birthDay; v++) {
    days.push(day);
    day -= rng.int(26, 40);
  }
  days.reverse();
  let written = 0;
  for (const d of days) {
    const ageDays = Math.min(LAST_TABLE_DAY, d - birthDay);
    const length = lmsForAge(WHO_TABLES.lenanthro, sex, ageDays);
    const weight = lmsForAge(WHO_TABLES.weianthro, sex, ageDays);
    if (!length || !weight) continue;
    const lengthCm = Math.min(130, Math.max(35, round1(lmsValueAt(haz + normal(rng, 0, 0.12), length))));
    const weightKg = Math.min(40, Math.max(0.5, round1(lmsValueAt(waz + normal(rng, 0, 0.15), weight))));
    const position = ageDays < STANDING_FROM_DAY ? "lying" : "standing";
    const missingWeight = rng.bool(0.03);
    addMeasurement(doc, householdId, randomId(idRng, 6), {
      memberId,
      date: isoOfDay(d),
      position,
      measuredBy: rng.pick(KADER),
      lengthCm,
      weightKg: missingWeight ? null : weightKg,
    }, now, writer);
    written += 1;
  }
  return written;
}
