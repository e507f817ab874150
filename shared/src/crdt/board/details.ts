import * as Y from "yjs";
import { isBoardId } from "../../model/claim.ts";
import { readString, writeFields } from "../fields.ts";
import { interventionsMap } from "./layout.ts";

/**
 * The card fields beyond title, agency, domain and status: what the intervention
 * is, whom it is for, when it is due and who pays. Stored as scalar fields of the
 * intervention's Y.Map next to the others (so concurrent edits of different
 * fields both survive); the relay guard checks only agency and status, which
 * these never touch.
 *
 * target: "need:<needId>" | "family:<familyId>" | "rt:<rt>/<rw>" | "kampung". A family
 * is named by its board id and the minimal label of its need ("Kel. B. S., RT 03/RW 02"),
 * never by its roster record. RT numbers repeat across a desa's RWs, so an RT target
 * names its RW; "rt:<rt>" (no RW) is what cards made before said, and still reads.
 */
export type InterventionTarget = `need:${string}` | `family:${string}` | `rt:${number}` | `rt:${number}/${number}` | "kampung";


export interface InterventionDetails {
  description: string;
  target: InterventionTarget;
  /** the family id for need/family targets, "" otherwise: the family's board history follows it */
  familyId: string;
  /** "Kel. B. S., RT 03", "RT 03" or "" for the whole kampung */
  targetLabel: string;
  /** YYYY-MM-DD or "" */
  dueDate: string;
  /** e.g. "APBD", "Dana Desa", "CSR", "BAAS" */
  funding: string;
}

const MAX_TEXT = 500;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseInterventionTarget(value: unknown): InterventionTarget | null {
  if (value === "kampung") return "kampung";
  if (typeof value !== "string") return null;
  const [kind, ref, extra] = value.split(":");
  if (extra !== undefined || ref === undefined) return null;
  if ((kind === "need" || kind === "family") && isBoardId(ref)) return value as InterventionTarget;
  if (kind === "rt") {
    const m = /^(\d{1,3})(?:\/(\d{1,3}))?$/.exec(ref);
    if (m) return m[2] === undefined ? `rt:${Number(m[1])}` : `rt:${Number(m[1])}/${Number(m[2])}`;
  }
  return null;
}

function text(map: Y.Map<unknown>, key: string): string {
  return readString(map, key).slice(0, MAX_TEXT);
}

/** Reads the details of one card; anything malformed (an untrusted peer) falls back to empty. */
export function readInterventionDetails(map: unknown): InterventionDetails {
  if (!(map instanceof Y.Map)) return { description: "", target: "kampung", familyId: "", targetLabel: "", dueDate: "", funding: "" };
  const target = parseInterventionTarget(map.get("target")) ?? "kampung";
  const familyId = map.get("familyId");
  const due = map.get("dueDate");
  return {
    description: text(map, "description"),
    target,
    familyId: target.startsWith("need:") || target.startsWith("family:") ? (isBoardId(familyId) ? familyId : "") : "",
    targetLabel: text(map, "targetLabel"),
    dueDate: typeof due === "string" && DAY.test(due) ? due : "",
    funding: text(map, "funding"),
  };
}

/**
 * Writes the given details on an existing card; false when the card is unknown or
 * a value would not read back (a malformed target or due date). Call it in the
 * transaction that creates the card so peers never see a card without its target.
 */
export function writeInterventionDetails(doc: Y.Doc, id: string, patch: Partial<InterventionDetails>): boolean {
  const map = interventionsMap(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  if (patch.target !== undefined && parseInterventionTarget(patch.target) === null) return false;
  if (patch.dueDate !== undefined && patch.dueDate !== "" && !DAY.test(patch.dueDate)) return false;
  if (patch.familyId !== undefined && patch.familyId !== "" && !isBoardId(patch.familyId)) return false;
  const clip = (v: string | undefined) => (v === undefined ? undefined : v.slice(0, MAX_TEXT));
  doc.transact(() => {
    writeFields(map, {
      description: clip(patch.description),
      target: patch.target,
      familyId: patch.familyId,
      targetLabel: clip(patch.targetLabel),
      dueDate: patch.dueDate,
      funding: clip(patch.funding),
    });
  });
  return true;
}
