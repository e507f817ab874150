/**
 * Nutritional status categories of Permenkes 2/2020 (Standar Antropometri
 * Anak), in the words health workers use. They classify the rounded z-score,
 * so a child shown as -3.00 is "pendek", never "sangat pendek".
 */

export type LengthForAgeCategory = "sangat pendek" | "pendek" | "normal" | "tinggi";

export type WeightForAgeCategory =
  | "berat badan sangat kurang"
  | "berat badan kurang"
  | "berat badan normal"
  | "risiko berat badan lebih";

export type WeightForLengthCategory =
  | "gizi buruk"
  | "gizi kurang"
  | "gizi baik"
  | "berisiko gizi lebih"
  | "gizi lebih"
  | "obesitas";

export function lengthForAgeCategory(z: number): LengthForAgeCategory {
  if (z < -3) return "sangat pendek";
  if (z < -2) return "pendek";
  if (z <= 3) return "normal";
  return "tinggi";
}

export function weightForAgeCategory(z: number): WeightForAgeCategory {
  if (z < -3) return "berat badan sangat kurang";
  if (z < -2) return "berat badan kurang";
  if (z <= 1) return "berat badan normal";
  return "risiko berat badan lebih";
}

export function weightForLengthCategory(z: number): WeightForLengthCategory {
  if (z < -3) return "gizi buruk";
  if (z < -2) return "gizi kurang";
  if (z <= 1) return "gizi baik";
  if (z <= 2) return "berisiko gizi lebih";
  if (z <= 3) return "gizi lebih";
  return "obesitas";
}

/** WHO's flags for values that are more likely a measuring or typing error than a child. */
export const IMPLAUSIBLE = {
  lengthForAge: (z: number) => Math.abs(z) > 6,
  weightForAge: (z: number) => z < -6 || z > 5,
  weightForLength: (z: number) => Math.abs(z) > 5,
} as const;
