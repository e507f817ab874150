/**
 * Indonesian messages of the import: each says what is wrong and what to fix,
 * with {placeholders} filled from the problem's values. As with
 * rules/idMessages.ts, the English texts live in the web app's i18n under the
 * same keys. NIK and No. KK structure messages are the roster's own
 * (NIK_MESSAGES, NO_KK_MESSAGES), so a NIK is explained the same everywhere.
 */
import { NIK_MESSAGES, NO_KK_MESSAGES } from "../rules/idMessages.ts";
import type { FileProblem, FileProblemKey, MessageValues, RowProblemKey, Severity } from "./types.ts";

export const FILE_MESSAGES: Record<FileProblemKey, string> = {
  terlalu_besar:
    "File ini {ukuran} MB, lebih dari batas {batas} MB. Pisahkan daftar menjadi beberapa file (misalnya per RW), atau simpan hanya lembar yang berisi daftar.",
  file_kosong: "File ini kosong, tidak berisi data apa pun. Periksa apakah file yang dipilih benar, lalu simpan ulang dari Excel.",
  bukan_daftar:
    "File ini bukan CSV atau XLSX, jadi tidak dapat dibaca sebagai daftar. Buka daftar di Excel atau LibreOffice, lalu simpan sebagai XLSX atau CSV.",
  xls_lama: "File ini format Excel lama (.xls). Buka di Excel atau LibreOffice, pilih Simpan Sebagai, lalu simpan sebagai XLSX atau CSV.",
  ods: "File ini format OpenDocument (.ods). Buka di LibreOffice, pilih Simpan Sebagai, lalu simpan sebagai XLSX atau CSV.",
  terkunci:
    "File Excel ini dikunci dengan kata sandi. Buka di Excel dengan kata sandinya, hapus kata sandi (File > Info > Lindungi Buku Kerja), lalu simpan sebagai XLSX atau CSV.",
  html_bukan_excel:
    "File ini halaman web (HTML) yang diberi nama Excel, seperti hasil unduhan beberapa aplikasi. Buka di Excel, lalu simpan sebagai XLSX atau CSV.",
  xml_2003: "File ini format XML Spreadsheet 2003. Buka di Excel, lalu simpan sebagai XLSX atau CSV.",
  pdf: "File ini PDF, bukan tabel. Minta daftar dalam bentuk Excel (XLSX) atau CSV kepada pengirimnya.",
  dokumen_word: "File ini dokumen Word, bukan tabel. Salin tabelnya ke Excel, lalu simpan sebagai XLSX atau CSV.",
  zip_lain: "File ini arsip ZIP, bukan XLSX. Ekstrak dulu, lalu pilih file XLSX atau CSV di dalamnya.",
  xlsx_rusak: "File XLSX ini rusak atau tidak lengkap. Buka di Excel; jika bisa terbuka, simpan ulang sebagai XLSX atau CSV.",
  isi_terlalu_besar:
    "Isi file XLSX ini setelah dibuka lebih dari {batas} MB. Simpan hanya lembar yang berisi daftar, atau simpan sebagai CSV.",
  semua_lembar_kosong: "Semua lembar di file ini kosong. Periksa apakah file yang dipilih benar.",
  lembar_tidak_ada: "Lembar \"{lembar}\" tidak ada di file ini. Lembar yang ada: {daftar}.",
  lembar_kosong: "Lembar \"{lembar}\" kosong. Pilih lembar lain yang berisi daftar.",
  hanya_judul:
    "Lembar \"{lembar}\" hanya berisi baris judul kolom (baris {baris}), tanpa data di bawahnya. Periksa apakah datanya ada di lembar atau file lain.",
  kolom_tidak_dikenali:
    "Tidak ada judul kolom yang dikenali di lembar \"{lembar}\" (misalnya NIK, Nama, No. KK, RT, RW). Pastikan baris judul kolom ada di atas data, atau pilih kolomnya satu per satu.",
  kolom_wajib_tidak_ada: "Kolom wajib belum dipilih: {kolom}. Pilih kolom yang berisi data itu.",
  id_ganda:
    "{jumlah} nilai {kolom} dipakai lebih dari sekali (misalnya \"{contoh}\" di baris {baris}). Setiap baris harus punya {kolom} sendiri: perbaiki di file, lalu impor ulang. Tidak ada yang disimpan.",
  wilayah_lain:
    "Daftar ini dari wilayah {kode}, bukan wilayah ruang kerja ini ({harapan}). Periksa apakah file yang dipilih benar. Tidak ada yang disimpan.",
  desa_lain:
    "Daftar ini dari desa/kelurahan {nama}, bukan {harapan}. Periksa apakah file yang dipilih benar. Tidak ada yang disimpan.",
  rumus_dengan_nilai:
    "{jumlah} sel berisi rumus (misalnya {contoh}); nilai terakhir yang tersimpan di file dipakai. Jika data diubah sesudahnya tanpa disimpan di Excel, buka dan simpan ulang.",
  sel_gabungan:
    "Ada sel gabungan (merge) di baris data: {contoh}. Nilainya dipakai untuk setiap baris yang digabung; periksa hasilnya di pratinjau.",
  tanggal_bulan_dulu:
    "Tanggal di kolom {kolom} ditulis bulan dulu (bulan/tanggal/tahun, seperti Excel berbahasa Inggris) dan dibaca begitu. Periksa beberapa tanggal di pratinjau.",
  tanda_kutip:
    "Di baris {baris} ada tanda kutip (\") yang tidak ditutup, sehingga baris-baris sesudahnya bisa tergabung. Periksa baris itu di file.",
};

/** Severity of each file problem: errors stop the import (nothing is written). */
export const FILE_PROBLEM_SEVERITY: Record<FileProblemKey, Severity> = {
  terlalu_besar: "error",
  file_kosong: "error",
  bukan_daftar: "error",
  xls_lama: "error",
  ods: "error",
  terkunci: "error",
  html_bukan_excel: "error",
  xml_2003: "error",
  pdf: "error",
  dokumen_word: "error",
  zip_lain: "error",
  xlsx_rusak: "error",
  isi_terlalu_besar: "error",
  semua_lembar_kosong: "error",
  lembar_tidak_ada: "error",
  lembar_kosong: "error",
  hanya_judul: "error",
  kolom_tidak_dikenali: "error",
  kolom_wajib_tidak_ada: "error",
  id_ganda: "error",
  wilayah_lain: "error",
  desa_lain: "error",
  rumus_dengan_nilai: "warning",
  sel_gabungan: "warning",
  tanggal_bulan_dulu: "warning",
  tanda_kutip: "warning",
};

type PlainRowKey = Exclude<RowProblemKey, `nik:${string}` | `no_kk:${string}`>;

export const ROW_MESSAGES: Record<PlainRowKey, string> = {
  id_kosong: "{kolom} kosong; nomor baris ({baris}) dipakai sebagai pengenal. Isi {kolom} agar impor berikutnya dapat mengenali baris ini.",
  id_ganda: "{kolom} \"{nilai}\" sudah dipakai di baris {baris_pertama}. Setiap baris harus punya {kolom} sendiri.",
  nik_notasi_ilmiah:
    "NIK tertulis {nilai}: Excel mengubahnya menjadi angka dan angka aslinya hilang. Ubah format kolom menjadi Teks, lalu isi ulang NIK dari KTP atau KK.",
  nik_angka_terpotong:
    "NIK {nilai} tersimpan sebagai angka dan berakhir dengan 0: Excel hanya menyimpan 15 angka, jadi angka ke-16 kemungkinan hilang. Ubah format kolom menjadi Teks dan isi ulang NIK dari KTP atau KK.",
  nik_sel_angka:
    "NIK tersimpan sebagai angka, bukan teks. Angkanya terbaca utuh, tetapi Excel dapat memotongnya saat file disimpan ulang: ubah format kolom menjadi Teks.",
  no_kk_notasi_ilmiah:
    "Nomor KK tertulis {nilai}: Excel mengubahnya menjadi angka dan angka aslinya hilang. Ubah format kolom menjadi Teks, lalu isi ulang Nomor KK dari kartu keluarga.",
  no_kk_angka_terpotong:
    "Nomor KK {nilai} tersimpan sebagai angka dan berakhir dengan 0: Excel hanya menyimpan 15 angka, jadi angka ke-16 kemungkinan hilang. Ubah format kolom menjadi Teks dan isi ulang Nomor KK dari kartu keluarga.",
  no_kk_sel_angka:
    "Nomor KK tersimpan sebagai angka, bukan teks. Angkanya terbaca utuh, tetapi Excel dapat memotongnya saat file disimpan ulang: ubah format kolom menjadi Teks.",
  nik_ganda:
    "NIK ini sudah ada di baris {baris_pertama}. Satu orang hanya punya satu NIK: periksa apakah orang yang sama tercatat dua kali atau NIK salah ketik.",
  no_kk_ganda:
    "Nomor KK ini sudah ada di baris {baris_pertama}. Periksa apakah keluarga yang sama tercatat dua kali, atau keluarga muda masih tercatat di KK orang tuanya.",
  nama_kosong: "Nama kosong, jadi baris ini tidak dapat dibaca. Isi nama, atau hapus baris ini jika memang kosong.",
  nama_kepala_kosong: "Nama kepala keluarga kosong. Isi nama kepala keluarga seperti di KK.",
  rt_kosong: "RT belum diisi. RT wajib untuk alamat keluarga: isi nomor RT.",
  rw_kosong: "RW belum diisi. RW wajib untuk alamat keluarga: isi nomor RW.",
  rt_tidak_sah: "RT \"{nilai}\" tidak terbaca. Tulis nomor RT saja, misalnya 3 atau 003.",
  rw_tidak_sah: "RW \"{nilai}\" tidak terbaca. Tulis nomor RW saja, misalnya 2 atau 002.",
  rt_rw_jadi_tanggal:
    "Kolom {kolom} berisi tanggal ({nilai}): Excel mengubah tulisan seperti 3/2 menjadi tanggal. Ubah format kolom menjadi Teks dan tulis ulang RT/RW.",
  tanggal_tidak_sah: "Tanggal \"{nilai}\" tidak terbaca. Tulis sebagai tanggal/bulan/tahun, misalnya 12/02/1992.",
  tanggal_masa_depan: "Tanggal lahir {nilai} belum terjadi. Periksa tahunnya.",
  jenis_kelamin_tidak_dikenal: "Jenis kelamin \"{nilai}\" tidak dikenali. Tulis L atau P.",
  hubungan_tidak_dikenal:
    "Hubungan dalam keluarga \"{nilai}\" tidak dikenali. Tulis seperti di KK: Kepala Keluarga, Istri, Anak, atau hubungan lain (Menantu, Cucu, Orang Tua...).",
  hubungan_kode_angka:
    "Hubungan dalam keluarga ditulis sebagai kode angka ({nilai}). Kode berbeda antarsumber data, jadi tidak ditebak: tulis dengan kata seperti di KK, atau pilih tabel kode Dukcapil saat impor.",
  desil_tidak_sah: "Desil \"{nilai}\" tidak sah. Desil adalah angka 1 (termiskin) sampai 10.",
  ya_tidak_tidak_dikenal: "\"{nilai}\" di kolom {kolom} tidak dikenali. Tulis Ya atau Tidak (atau 1 dan 0).",
  jumlah_tidak_sah: "Jumlah \"{nilai}\" tidak terbaca. Tulis angka bulat, misalnya 2.",
  sumber_air_tidak_dikenal:
    "Sumber air minum \"{nilai}\" tidak dikenali. Pilihan: air kemasan/isi ulang, ledeng/PAM, sumur bor, sumur terlindung, sumur tak terlindung, mata air terlindung, mata air tak terlindung, air hujan, sungai/danau, lainnya.",
  jamban_tidak_dikenal:
    "Fasilitas BAB \"{nilai}\" tidak dikenali. Pilihan: jamban dengan septic tank, jamban tanpa septic tank, tidak ada jamban.",
  kode_wilayah_lain: "Kode wilayah {nilai} bukan wilayah ruang kerja ini ({harapan}). Baris ini tidak diimpor.",
  kode_wilayah_tidak_terbaca:
    "Kode wilayah \"{nilai}\" tidak dapat dibandingkan dengan {harapan} (mungkin kode BPS, yang susunannya lain). Periksa apakah baris ini dari wilayah yang benar.",
  desa_lain: "Desa/kelurahan \"{nilai}\" bukan {harapan}. Baris ini tidak diimpor.",
  rumus_tanpa_nilai:
    "Sel {sel} berisi rumus tanpa nilai tersimpan. Buka file di Excel lalu simpan ulang agar nilainya tersimpan, atau salin dan tempel sebagai nilai.",
  rumus_galat: "Sel {sel} berisi rumus yang menghasilkan {galat}. Perbaiki rumusnya di Excel, atau isi nilainya langsung.",
  no_kk_wajib:
    "Nomor KK kosong atau tidak terbaca, jadi orang ini tidak dapat dikelompokkan ke keluarganya. Isi Nomor KK seperti di kartu keluarga.",
  kepala_tidak_ada:
    "Tidak ada kepala keluarga di KK ini; orang di baris {baris} dipakai sebagai kepala. Isi kolom hubungan dengan Kepala Keluarga.",
  kepala_lebih_dari_satu:
    "Ada lebih dari satu kepala keluarga di KK ini; yang di baris {baris_pertama} dipakai. Periksa kolom hubungan.",
};

/** "{baris}" etc. replaced by the values; a placeholder without a value stays visible rather than vanishing. */
export function fillMessage(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export function rowMessage(key: RowProblemKey, values: MessageValues): string {
  if (key.startsWith("nik:")) return NIK_MESSAGES[key.slice(4) as keyof typeof NIK_MESSAGES] ?? key;
  if (key.startsWith("no_kk:")) return NO_KK_MESSAGES[key.slice(6) as keyof typeof NO_KK_MESSAGES] ?? key;
  return fillMessage(ROW_MESSAGES[key as PlainRowKey], values);
}

export function fileProblem(key: FileProblemKey, values: MessageValues = {}): FileProblem {
  return { key, severity: FILE_PROBLEM_SEVERITY[key], values, message: fillMessage(FILE_MESSAGES[key], values) };
}

/** "Baris 17, kolom E (NIK Istri): ..." for a list of problems, as a pokja member reads it. */
export function describeRowProblem(problem: { row: number; columnLetter: string; header: string; message: string }): string {
  const where = problem.columnLetter === "" ? `Baris ${problem.row}` : `Baris ${problem.row}, kolom ${problem.columnLetter} (${problem.header})`;
  return `${where}: ${problem.message}`;
}
