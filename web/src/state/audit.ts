import type * as Y from "yjs";
import type { DocKind, Role } from "@shared/model/index.ts";
import { householdIdRuns, rosterTouched, type FamilyTouch } from "@shared/crdt/roster/index.ts";
import { touchedPlaces } from "@shared/crdt/audit.ts";
import { fetchAuditPage, fetchAuditTouching, type AuditPageWire, type AuditRecordWire } from "../sync/auditApi.ts";
import { listInvites } from "../sync/invitesApi.ts";

/**
 * The lurah's reading of the relay's audit trail (issue 17, item 17): who changed what and when,
 * per document and per family. The relay says who sent each stored update (its token, role,
 * agency) and when, and which Yjs ids it wrote; this device's copy of the document says what those
 * ids are (a family, its member, a field). Names come from the lurah's own invite list (the relay
 * keeps token ids, never names, with the updates). A lazy chunk: loaded when the screen opens.
 */
export interface AuditWho {
  /** the invite's name as the lurah typed it; null when unknown (an invite made elsewhere, or offline) */
  name: string | null;
  /** null: stored before the relay recorded senders */
  role: Role | "relay" | null;
  agency: string | null;
  jti: string | null;
}

export type AuditWhat =
  | { kind: "family"; householdId: string; parts: FamilyTouch["parts"] }
  | { kind: "imports" }
  | { kind: "place"; root: string; key: string | null };

export interface AuditEntry {
  seq: number;
  /** epoch ms, the relay's clock */
  at: number;
  who: AuditWho;
  bytes: number;
  what: AuditWhat[];
  /** families or places beyond those listed */
  more: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** the next (older) page's cursor; null at the beginning of the trail */
  next: number | null;
}

export interface AuditReader {
  /** A document's trail, newest first, a page at a time (`before`: the previous page's `next`). */
  documentPage(kind: DocKind, before: number | null): Promise<AuditPage>;
  /** The roster updates that wrote this family, newest first. */
  familyPage(householdId: string, before: number | null): Promise<AuditPage>;
}

const FAMILIES_PER_ENTRY = 5;
const PAGE = 50;
/** a family page asks the relay at most this many times (each reads at most 20,000 rows there) before answering */
const FAMILY_ROUNDS = 10;

export function createAuditReader(token: string, docOf: (kind: DocKind) => Y.Doc | undefined): AuditReader {
  let names: Promise<Map<string, string>> | null = null;
  const namesOf = () =>
    (names ??= listInvites(token).then(
      (invites) => new Map(invites.filter((i) => i.name).map((i) => [i.jti, i.name!])),
      () => new Map<string, string>(),
    ));

  async function entries(kind: DocKind, page: AuditPageWire): Promise<AuditPage> {
    const known = await namesOf();
    const doc = docOf(kind);
    return { entries: page.records.map((r) => entryOf(kind, doc, r, known)), next: page.next };
  }

  return {
    async documentPage(kind, before) {
      return entries(kind, await fetchAuditPage(token, kind, before, PAGE));
    },
    async familyPage(householdId, before) {
      const doc = docOf("roster");
      if (!doc) return { entries: [], next: null };
      const ids = householdIdRuns(doc, householdId);
      if (ids.length === 0) return { entries: [], next: null };
      // the relay reads a bounded number of rows per request: ask again until something is found or the start is reached
      let cursor = before;
      const records: AuditRecordWire[] = [];
      for (let round = 0; round < FAMILY_ROUNDS; round++) {
        const page = await fetchAuditTouching(token, "roster", ids, cursor, PAGE);
        records.push(...page.records);
        cursor = page.next;
        if (records.length > 0 || cursor === null) break;
      }
      return entries("roster", { records, next: cursor });
    },
  };
}

function entryOf(kind: DocKind, doc: Y.Doc | undefined, r: AuditRecordWire, names: ReadonlyMap<string, string>): AuditEntry {
  const who: AuditWho = { name: r.jti ? (names.get(r.jti) ?? null) : null, role: r.role, agency: r.agency, jti: r.jti };
  const base = { seq: r.seq, at: Date.parse(r.at), who, bytes: r.bytes };
  if (!doc) return { ...base, what: [], more: 0 };
  if (kind === "roster") {
    const touched = rosterTouched(doc, r.inserted, r.deleted, FAMILIES_PER_ENTRY);
    const what: AuditWhat[] = touched.families.map((f) => ({ kind: "family", householdId: f.householdId, parts: f.parts }));
    if (touched.imports) what.push({ kind: "imports" });
    return { ...base, what, more: touched.moreFamilies };
  }
  const { places, more } = touchedPlaces(doc, [...r.inserted, ...r.deleted], FAMILIES_PER_ENTRY);
  return { ...base, what: places.map((p) => ({ kind: "place", root: p.root, key: p.key })), more };
}
