/** The meta document's plain shape: profile, agencies (OPD) and settings. */
export interface WorkspaceProfile {
  name: string;
  /** Kemendagri code PP.KK.CC.DDDD, e.g. 53.71.01.1001 */
  kodeWilayah: string;
}

export interface Agency {
  code: string;
  name: string;
  /**
   * Set when the lurah removed an agency that claims, cards or members still name
   * (ISO time): it is kept so its history reads right, and offered nowhere new.
   */
  inactiveSince?: string;
}

/** DOMAIN.md: "the OPD list is per-district data, not a code constant": this is only a starting list. */
export const STARTER_AGENCIES: Agency[] = [
  { code: "BPBD", name: "Badan Penanggulangan Bencana Daerah" },
  { code: "DLHK", name: "Dinas Lingkungan Hidup dan Kehutanan" },
  { code: "DP3A", name: "Dinas Pemberdayaan Perempuan dan Perlindungan Anak" },
  { code: "DINSOS", name: "Dinas Sosial" },
  { code: "DINKES", name: "Dinas Kesehatan" },
  { code: "DP2KB", name: "Dinas Pengendalian Penduduk dan KB" },
];

const KODE_WILAYAH_DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export function isKodeWilayahDesa(value: string): boolean {
  return KODE_WILAYAH_DESA.test(value);
}
