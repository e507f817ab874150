/**
 * An intervention card of the board. Claims, needs, history and relay-side
 * agency checks arrive with issue 4; the status flow is PRODUCT.md's.
 */
export const STATUSES = ["open", "claimed", "in_progress", "delivered", "verified"] as const;
export type InterventionStatus = (typeof STATUSES)[number];

/** Kukar's Ragapantas indicators, used as domain tags (configurable later). */
export const DEFAULT_DOMAINS = [
  "pantas_sehat",
  "pantas_pendidikan",
  "pantas_pangan",
  "pantas_tempat_tinggal",
  "pantas_sejahtera",
] as const;

export interface Intervention {
  id: string;
  title: string;
  /** agency code from the workspace's OPD list (meta document) */
  agency: string;
  domain: string;
  status: InterventionStatus;
  createdAt: string;
  updatedAt: string;
}

export type InterventionFields = Pick<Intervention, "title" | "agency" | "domain" | "status">;

export function isStatus(value: string): value is InterventionStatus {
  return (STATUSES as readonly string[]).includes(value);
}
