/**
 * Where a village can be, from the province part of its kode wilayah (PP of PP.KK.CC.DDDD,
 * Kemendagri numbering). No gazetteer of kecamatan coordinates ships with the app, so the
 * coarsest reference for a village with no RT areas and no located families is its province's
 * bounding box, padded by PROVINCE_PAD_DEG (about 55 km) so a coast or an outer island of the
 * province is never refused. The boxes are rounded outwards from the provinces' extents; the six
 * Papua provinces (91-96, split in 2022) share one box. A point outside every reading of
 * Indonesia (INDONESIA) is never a village's.
 */
export type Box = [west: number, south: number, east: number, north: number];

export interface Province {
  code: string;
  name: string;
  box: Box;
}

export const PROVINCE_PAD_DEG = 0.5;
export const INDONESIA: Box = [94.0, -11.5, 141.5, 6.5];

const PAPUA: Box = [129.3, -9.2, 141.1, 1.1];

const PROVINCES: Record<string, [string, Box]> = {
  "11": ["Aceh", [95.0, 2.0, 98.3, 6.1]],
  "12": ["Sumatera Utara", [97.0, -0.7, 100.5, 4.3]],
  "13": ["Sumatera Barat", [98.5, -3.5, 101.9, 1.0]],
  "14": ["Riau", [100.0, -1.2, 103.9, 2.9]],
  "15": ["Jambi", [101.1, -2.8, 104.6, -0.7]],
  "16": ["Sumatera Selatan", [102.0, -5.0, 106.2, -1.6]],
  "17": ["Bengkulu", [101.0, -5.5, 103.8, -2.3]],
  "18": ["Lampung", [103.5, -6.2, 106.2, -3.7]],
  "19": ["Kepulauan Bangka Belitung", [105.1, -3.5, 108.9, -1.5]],
  "21": ["Kepulauan Riau", [103.2, -1.3, 109.2, 4.8]],
  "31": ["DKI Jakarta", [106.3, -6.4, 107.0, -5.1]],
  "32": ["Jawa Barat", [106.3, -7.9, 108.9, -5.9]],
  "33": ["Jawa Tengah", [108.5, -8.3, 111.7, -5.7]],
  "34": ["DI Yogyakarta", [110.0, -8.3, 110.9, -7.5]],
  "35": ["Jawa Timur", [110.8, -8.9, 116.3, -5.0]],
  "36": ["Banten", [105.0, -7.1, 106.8, -5.8]],
  "51": ["Bali", [114.4, -8.9, 115.8, -8.0]],
  "52": ["Nusa Tenggara Barat", [115.8, -9.2, 119.4, -8.0]],
  "53": ["Nusa Tenggara Timur", [118.9, -11.1, 125.2, -8.0]],
  "61": ["Kalimantan Barat", [108.0, -3.1, 114.3, 2.1]],
  "62": ["Kalimantan Tengah", [110.7, -3.6, 115.9, 0.8]],
  "63": ["Kalimantan Selatan", [114.3, -4.2, 117.0, -1.3]],
  "64": ["Kalimantan Timur", [113.8, -2.6, 119.1, 2.6]],
  "65": ["Kalimantan Utara", [114.5, 1.1, 118.0, 4.4]],
  "71": ["Sulawesi Utara", [123.1, 0.3, 127.2, 5.6]],
  "72": ["Sulawesi Tengah", [119.4, -3.6, 124.3, 1.4]],
  "73": ["Sulawesi Selatan", [116.5, -7.8, 121.9, -1.9]],
  "74": ["Sulawesi Tenggara", [120.8, -6.3, 124.6, -2.8]],
  "75": ["Gorontalo", [121.1, 0.3, 123.6, 1.1]],
  "76": ["Sulawesi Barat", [117.5, -3.6, 119.9, -0.8]],
  "81": ["Maluku", [125.7, -8.4, 134.9, -2.7]],
  "82": ["Maluku Utara", [124.3, -2.5, 129.7, 2.7]],
  "91": ["Papua", PAPUA],
  "92": ["Papua Barat", PAPUA],
  "93": ["Papua Selatan", PAPUA],
  "94": ["Papua Tengah", PAPUA],
  "95": ["Papua Pegunungan", PAPUA],
  "96": ["Papua Barat Daya", PAPUA],
};

/** The province of a kode wilayah ("53.71.01.1001", "5371011001" or "53"), its box padded; null when unknown. */
export function provinceOf(kodeWilayah: string): Province | null {
  const code = /^\s*(\d{2})/.exec(kodeWilayah)?.[1];
  const entry = code ? PROVINCES[code] : undefined;
  if (!code || !entry) return null;
  const [w, s, e, n] = entry[1];
  return { code, name: entry[0], box: [w - PROVINCE_PAD_DEG, s - PROVINCE_PAD_DEG, e + PROVINCE_PAD_DEG, n + PROVINCE_PAD_DEG] };
}

export function inBox(box: Box, at: { lat: number; lon: number }): boolean {
  return at.lon >= box[0] && at.lon <= box[2] && at.lat >= box[1] && at.lat <= box[3];
}
