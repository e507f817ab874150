/** Indonesian messages for NIK and No. KK issues: each says what to check or fix, by digit position. */
import type { NikError, NikWarning } from "./nik.ts";
import type { NoKkError, NoKkWarning } from "./noKk.ts";

export const NIK_MESSAGES: Record<NikError | NikWarning, string> = {
  kosong: "NIK belum diisi.",
  bukan_angka: "NIK hanya berisi angka. Hapus huruf atau tanda lain.",
  panjang_bukan_16: "NIK harus 16 angka. Cocokkan dengan KTP atau KK: mungkin ada angka yang kurang atau lebih.",
  provinsi_tidak_dikenal: "Dua angka pertama NIK adalah kode provinsi (11 sampai 96). Periksa dua angka pertama.",
  tanggal_tidak_valid:
    "Angka ke-7 dan ke-8 NIK adalah tanggal lahir: 01-31 untuk laki-laki, 41-71 untuk perempuan (tanggal + 40). Periksa kedua angka itu.",
  bulan_tidak_valid: "Angka ke-9 dan ke-10 NIK adalah bulan lahir (01 sampai 12). Periksa kedua angka itu.",
  tanggal_tidak_ada: "Tanggal lahir dalam NIK tidak ada di kalender (misalnya 31 Februari). Periksa angka ke-7 sampai ke-12.",
  nomor_urut_0000: "Empat angka terakhir NIK (nomor urut) tidak boleh 0000. Cocokkan dengan KTP atau KK.",
  kode_wilayah_00:
    "Kode kabupaten/kota atau kecamatan dalam NIK (angka ke-3 sampai ke-6) berisi 00, yang tidak pernah dipakai. Cocokkan dengan KTP atau KK.",
  jenis_kelamin_tidak_cocok:
    "Jenis kelamin menurut NIK berbeda dengan data anggota. Periksa data anggota; NIK tetap ditulis seperti di KTP/KK.",
  tanggal_lahir_tidak_cocok:
    "Tanggal lahir menurut NIK berbeda dengan data anggota. Periksa data anggota; NIK tetap ditulis seperti di KTP/KK.",
};

export const NO_KK_MESSAGES: Record<NoKkError | NoKkWarning, string> = {
  kosong: "Nomor KK belum diisi.",
  bukan_angka: "Nomor KK hanya berisi angka. Hapus huruf atau tanda lain.",
  panjang_bukan_16: "Nomor KK harus 16 angka. Cocokkan dengan kartu keluarga: mungkin ada angka yang kurang atau lebih.",
  provinsi_tidak_dikenal: "Dua angka pertama Nomor KK adalah kode provinsi (11 sampai 96). Periksa dua angka pertama.",
  tanggal_tidak_valid: "Angka ke-7 dan ke-8 Nomor KK adalah tanggal terbit (01 sampai 31). Periksa kedua angka itu.",
  bulan_tidak_valid: "Angka ke-9 dan ke-10 Nomor KK adalah bulan terbit (01 sampai 12). Periksa kedua angka itu.",
  tanggal_tidak_ada: "Tanggal terbit dalam Nomor KK tidak ada di kalender (misalnya 31 Februari). Periksa angka ke-7 sampai ke-12.",
  nomor_urut_0000: "Empat angka terakhir Nomor KK (nomor urut) tidak boleh 0000. Cocokkan dengan kartu keluarga.",
  kode_wilayah_00:
    "Kode kabupaten/kota atau kecamatan dalam Nomor KK (angka ke-3 sampai ke-6) berisi 00, yang tidak pernah dipakai. Cocokkan dengan kartu keluarga.",
};
