/**
 * Removing an OPD or partner from Pengaturan (issue 14, item 8). An agency that
 * claims, board cards or directory members name is kept, marked inactive: its
 * history reads right (who handled a family, which card was whose), and it is no
 * longer offered when claiming, adding a card or inviting. Its code stays taken, so
 * adding it again brings that same agency back instead of a different one under an
 * old name. An agency nothing names (a typo, say) is deleted outright, unless it is
 * the last one: an empty list would bring back the starter list.
 */
export interface AgencyUse {
  claims: number;
  cards: number;
  members: number;
}

type WithAgency = { agency: string };

export function agencyUse(code: string, claims: readonly WithAgency[], cards: readonly WithAgency[], members: readonly WithAgency[]): AgencyUse {
  const count = (list: readonly WithAgency[]) => list.filter((x) => x.agency === code).length;
  return { claims: count(claims), cards: count(cards), members: count(members) };
}

export function removalOf(use: AgencyUse, agenciesStored: number): "delete" | "deactivate" {
  return use.claims + use.cards + use.members > 0 || agenciesStored <= 1 ? "deactivate" : "delete";
}
