import { isBoardId, own, ownText } from "./claim.ts";

/**
 * A need the pokja publishes on the board: one family, one Ragapantas domain, one
 * reason (a KRS factor key such as "jamban_tidak_layak", or "stunting"). The board
 * never holds the family's record, only its id and a minimal label ("Kel. B. S.,
 * RT 03/RW 02"): OPD liaisons read the board but not the roster (DOMAIN.md, UU 27/2022).
 * RT numbers repeat across a desa's RWs (RT 1 of RW 1 and RT 1 of RW 2 are two places),
 * so a need carries both; needs published before it did have `rw` null.
 */
export interface Need {
  id: string;
  familyId: string;
  label: string;
  rt: number | null;
  rw: number | null;
  domain: string;
  reason: string;
  createdAt: string;
  createdBy: string;
  closed: boolean;
}

export type NeedFields = Pick<Need, "familyId" | "label" | "rt" | "domain" | "reason"> & Partial<Pick<Need, "rw">>;

const areaNumber = (value: unknown): number | null => (typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null);

export function parseNeed(id: string, raw: unknown): Need | null {
  const familyId = own(raw, "familyId");
  const domain = own(raw, "domain");
  if (!isBoardId(id) || !isBoardId(familyId) || !isBoardId(domain)) return null;
  return {
    id,
    familyId,
    label: ownText(raw, "label"),
    rt: areaNumber(own(raw, "rt")),
    rw: areaNumber(own(raw, "rw")),
    domain,
    reason: ownText(raw, "reason"),
    createdAt: ownText(raw, "createdAt"),
    createdBy: ownText(raw, "createdBy"),
    closed: own(raw, "closed") === true,
  };
}

/** "RT 03/RW 02" (an address as forms write it), "RT 03" when the RW is not known, "" without an RT. */
export function rtRwLabel(rt: number | null, rw: number | null): string {
  if (rt === null) return "";
  const two = (n: number) => String(n).padStart(2, "0");
  return rw === null ? `RT ${two(rt)}` : `RT ${two(rt)}/RW ${two(rw)}`;
}

/**
 * An intervention card's RT target ("rt:<rt>/<rw>", crdt/board/details.ts) as numbers; null for other
 * targets. `rw` is null for "rt:<rt>", what cards said before RT targets named their RW.
 */
export function rtTargetOf(target: string): { rt: number; rw: number | null } | null {
  const m = /^rt:(\d+)(?:\/(\d+))?$/.exec(target);
  return m ? { rt: Number(m[1]), rw: m[2] === undefined ? null : Number(m[2]) } : null;
}
