/**
 * A header as a comparable key: "No. KK", "NOMOR KK", "nomor_kk" and "NoKK" all
 * become "nomor kk". Case, punctuation, underscores and spacing go; camelCase
 * is split; common abbreviations of Indonesian registers (SIAK exports write
 * NAMA_LGKP, TGL_LHR, JENIS_KLMIN) become one spelling.
 */

const CANONICAL: Record<string, string> = {
  no: "nomor",
  nmr: "nomor",
  nomer: "nomor",
  nomor: "nomor",
  num: "nomor",
  number: "nomor",
  nr: "nomor",
  tgl: "tanggal",
  tg: "tanggal",
  tggl: "tanggal",
  tangal: "tanggal",
  lhr: "lahir",
  jml: "jumlah",
  jmlh: "jumlah",
  jum: "jumlah",
  isteri: "istri",
  klmin: "kelamin",
  klamin: "kelamin",
  lgkp: "lengkap",
  lkp: "lengkap",
  kpl: "kepala",
  hub: "hubungan",
  hbg: "hubungan",
  stat: "status",
  almt: "alamat",
};

export function headerTokens(text: string): string[] {
  const split = text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (split === "") return [];
  return split.split(" ").map((token) => CANONICAL[token] ?? token);
}

export function headerKey(text: string): string {
  return headerTokens(text).join(" ");
}
