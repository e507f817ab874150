/**
 * The key of a conflict: one family, one Ragapantas domain. Two agencies may help
 * the same family in different domains; within one domain only one may.
 * Ids and domains are validated board ids (no "|"), so the key is unambiguous.
 */
export function claimKey(familyId: string, domain: string): string {
  return `${familyId}|${domain}`;
}
