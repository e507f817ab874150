import { isBoardId, own, ownText } from "./claim.ts";

/**
 * A need the pokja publishes on the board: one family, one Ragapantas domain, one
 * reason (a KRS factor key such as "jamban_tidak_layak", or "stunting"). The board
 * never holds the family's record, only its id and a minimal label ("Kel. B. S.,
 * RT 03"): OPD liaisons read the board but not the roster (DOMAIN.md, UU 27/2022).
 */
export interface Need {
  id: string;
  familyId: string;
  label: string;
  rt: number | null;
  domain: string;
  reason: string;
  createdAt: string;
  createdBy: string;
  closed: boolean;
}

export type NeedFields = Pick<Need, "familyId" | "label" | "rt" | "domain" | "reason">;

export function parseNeed(id: string, raw: unknown): Need | null {
  const familyId = own(raw, "familyId");
  const domain = own(raw, "domain");
  if (!isBoardId(id) || !isBoardId(familyId) || !isBoardId(domain)) return null;
  const rt = own(raw, "rt");
  return {
    id,
    familyId,
    label: ownText(raw, "label"),
    rt: typeof rt === "number" && Number.isSafeInteger(rt) && rt >= 0 ? rt : null,
    domain,
    reason: ownText(raw, "reason"),
    createdAt: ownText(raw, "createdAt"),
    createdBy: ownText(raw, "createdBy"),
    closed: own(raw, "closed") === true,
  };
}
