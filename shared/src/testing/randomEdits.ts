import type * as Y from "yjs";
import { AID_PROGRAMMES, TOILETS, WATER_SOURCES, type HouseholdFields } from "../model/household.ts";
import { CONTRACEPTIONS, RELATIONS } from "../model/member.ts";
import { POSITIONS } from "../model/measurement.ts";
import { VISIT_ACTIVITIES, type VisitFields } from "../model/visit.ts";
import { DEFAULT_DOMAINS, STATUSES, type InterventionFields } from "../model/intervention.ts";
import type { MeetingFields } from "../model/meeting.ts";
import { STARTER_AGENCIES } from "../model/workspace.ts";
import {
  addHousehold, addIntervention, addMeasurement, addMeeting, addMember, householdIds, interventionsMap, meetingNotes, meetingsMap,
  readHousehold, removeHousehold, removeIntervention, removeMeasurement, removeMeeting, removeMember, setAid, setInterventionStatus,
  updateHousehold, updateIntervention, updateMeasurement, updateMeeting, updateMember, upsertAgency, writeProfile, type Writer,
  addVisit, removeVisit, updateVisit,
  addActionItem, addAgendaItem, addAttendee, addDecision, linkActionItem, moveAgendaItem, readActionItems, readAgenda, readAttendees,
  readDecisions, readMinutes, removeActionItem, removeAgendaItem, removeAttendee, removeDecision, updateActionItem, updateAgendaItem, updateDecision,
} from "../crdt/index.ts";
import { importEdit } from "./randomImports.ts";
import type { Prng } from "./prng.ts";
import type { Docs, SimKind } from "./simNetwork.ts";

/**
 * Random edits, made only through the shared/src/crdt adapters (the notes Y.Text
 * aside, which the app edits directly too), so the fuzzer tests the layout the app
 * really writes. Each returns a short description for the failure trace.
 */

// A small shared id pool makes two peers add or re-add the same record now and then.
const POOL = 6;
const BASE_TIME = Date.UTC(2025, 0, 1);

function now(prng: Prng): Date {
  return new Date(BASE_TIME + prng.int(0, 365 * 86_400) * 1000);
}

function newId(prng: Prng, prefix: string): string {
  return prng.bool(0.3) ? `${prefix}${prng.int(0, POOL - 1)}` : `${prefix}-${prng.nextUint32().toString(36)}`;
}

/** An id this replica knows, or now and then one it does not (removed elsewhere, never seen). */
function existingId(prng: Prng, keys: Iterable<string>, prefix: string): string {
  const ids = [...keys].sort();
  return ids.length === 0 || prng.bool(0.1) ? newId(prng, prefix) : prng.pick(ids);
}

/** A random subset of the fields: patches touch few fields, so concurrent patches of one record meet. */
function subset<T extends object>(prng: Prng, fields: T): Partial<T> {
  const entries = Object.entries(fields).filter(() => prng.bool(0.35));
  return Object.fromEntries(entries.length > 0 ? entries : Object.entries(fields).slice(0, 1)) as Partial<T>;
}

function householdFields(prng: Prng): HouseholdFields {
  return {
    noKk: prng.bool(0.6) ? Array.from({ length: 16 }, () => prng.int(0, 9)).join("") : "",
    kepala: prng.words(1, 3),
    dusun: prng.pick(["Dusun I", "Dusun II", "Karang Anyar", "Sukamaju", prng.letters(3, 9)]),
    rw: prng.bool(0.9) ? prng.int(1, 12) : null,
    rt: prng.bool(0.9) ? prng.int(1, 30) : null,
    alamat: prng.words(0, 5),
    sumberAir: prng.bool(0.8) ? prng.pick(WATER_SOURCES) : "",
    jamban: prng.bool(0.8) ? prng.pick(TOILETS) : "",
    lat: prng.bool(0.5) ? -10.1 - prng.int(0, 1000) / 1e4 : null,
    lon: prng.bool(0.5) ? 123.5 + prng.int(0, 1000) / 1e4 : null,
    desil: prng.bool(0.6) ? prng.int(1, 10) : null,
    notes: prng.bool(0.3) ? prng.words(0, 6) : "",
  };
}

/** Register entry ids from the seed, so a replay writes the same entries. */
function writer(prng: Prng): Writer {
  return { by: prng.pick(["Bidan Ani", "Kader Yuli", "Pak Lurah"]), newId: () => `e-${prng.nextUint32().toString(36)}` };
}

function memberPatch(prng: Prng) {
  return subset(prng, {
    nama: prng.words(1, 3),
    sex: prng.pick(["M", "F"] as const),
    birthDate: now(prng).toISOString().slice(0, 10),
    relation: prng.pick(RELATIONS),
    pregnant: prng.bool(0.5),
    contraception: prng.pick(CONTRACEPTIONS),
    childrenCount: prng.int(0, 6),
  });
}

function visitFields(prng: Prng): VisitFields {
  const date = now(prng).toISOString().slice(0, 10);
  return {
    date,
    visitor: prng.pick(["Bidan Ani", "Kader Yuli", "Bidan Ani, Kader Yuli"]),
    activities: VISIT_ACTIVITIES.filter(() => prng.bool(0.3)),
    notes: prng.bool(0.4) ? prng.words(1, 6) : "",
    nextVisit: prng.bool(0.6) ? now(prng).toISOString().slice(0, 10) : "",
  };
}

/** Edits inside one household: members, measurements (critical values: registers), TPK visits and aid. */
function householdPartEdit(prng: Prng, doc: Y.Doc, householdId: string): string {
  const h = readHousehold(doc, householdId);
  const r = prng.next();
  const at = now(prng);
  if (r < 0.2) {
    const id = newId(prng, "m");
    return `addMember ${householdId}/${id} -> ${addMember(doc, householdId, id, memberPatch(prng), at, writer(prng))}`;
  }
  if (r < 0.36 && h && h.members.length > 0) {
    const m = prng.pick(h.members);
    return `updateMember ${householdId}/${m.id} -> ${updateMember(doc, householdId, m.id, memberPatch(prng), at, writer(prng))}`;
  }
  if (r < 0.4 && h && h.members.length > 0) {
    const m = prng.pick(h.members);
    removeMember(doc, householdId, m.id);
    return `removeMember ${householdId}/${m.id}`;
  }
  if (r < 0.56) {
    const id = newId(prng, "x");
    const fields = { memberId: h?.members[0]?.id ?? "m0", date: at.toISOString().slice(0, 10), position: prng.pick(POSITIONS), measuredBy: "kader", lengthCm: 45 + prng.int(0, 700) / 10, weightKg: 2 + prng.int(0, 200) / 10 };
    return `addMeasurement ${householdId}/${id} -> ${addMeasurement(doc, householdId, id, fields, at, writer(prng))}`;
  }
  if (r < 0.7 && h && h.measurements.length > 0) {
    const m = prng.pick(h.measurements);
    const patch = prng.bool(0.5) ? { lengthCm: 45 + prng.int(0, 700) / 10 } : { weightKg: 2 + prng.int(0, 200) / 10 };
    return `updateMeasurement ${householdId}/${m.id} -> ${updateMeasurement(doc, householdId, m.id, patch, at, writer(prng))}`;
  }
  if (r < 0.73 && h && h.measurements.length > 0) {
    const m = prng.pick(h.measurements);
    removeMeasurement(doc, householdId, m.id);
    return `removeMeasurement ${householdId}/${m.id}`;
  }
  // TPK visits: two phones recording visits to one family offline, editing one visit's fields, removing one
  if (r < 0.82) {
    const id = newId(prng, "v");
    return `addVisit ${householdId}/${id} -> ${addVisit(doc, householdId, id, visitFields(prng), at, writer(prng))}`;
  }
  if (r < 0.92 && h?.visits) {
    const v = prng.pick(h.visits);
    return `updateVisit ${householdId}/${v.id} -> ${updateVisit(doc, householdId, v.id, subset(prng, visitFields(prng)), at, writer(prng))}`;
  }
  if (r < 0.94 && h?.visits) {
    const v = prng.pick(h.visits);
    removeVisit(doc, householdId, v.id);
    return `removeVisit ${householdId}/${v.id}`;
  }
  const programme = prng.pick(AID_PROGRAMMES);
  const on = prng.bool(0.6);
  return `setAid ${householdId} ${programme} ${on} -> ${setAid(doc, householdId, programme, on, at, writer(prng))}`;
}

function interventionFields(prng: Prng): InterventionFields {
  return {
    title: prng.words(1, 6),
    agency: prng.pick(STARTER_AGENCIES).code,
    domain: prng.pick(DEFAULT_DOMAINS),
    status: prng.pick(STATUSES),
  };
}

function meetingFields(prng: Prng): MeetingFields {
  return {
    title: prng.words(1, 5),
    date: now(prng).toISOString().slice(0, 10),
    place: prng.words(1, 3),
  };
}

function rosterEdit(prng: Prng, doc: Y.Doc): string {
  // imports and match decisions (randomImports.ts): two phones importing or deciding the same pair offline
  if (prng.bool(0.15)) return importEdit(prng, doc, { now: now(prng), writer: writer(prng), householdFields: householdFields(prng) });
  const r = prng.next();
  if (r < 0.35) {
    const id = newId(prng, "h");
    addHousehold(doc, id, householdFields(prng), now(prng), writer(prng));
    return `addHousehold ${id}`;
  }
  const id = existingId(prng, householdIds(doc), "h");
  if (r < 0.6) return `updateHousehold ${id} -> ${updateHousehold(doc, id, subset(prng, householdFields(prng)), now(prng), writer(prng))}`;
  if (r < 0.92) return householdPartEdit(prng, doc, id);
  removeHousehold(doc, id);
  return `removeHousehold ${id}`;
}

function boardEdit(prng: Prng, doc: Y.Doc): string {
  const r = prng.next();
  if (r < 0.3) {
    const id = newId(prng, "i");
    addIntervention(doc, id, interventionFields(prng), now(prng));
    return `addIntervention ${id}`;
  }
  const id = existingId(prng, interventionsMap(doc).keys(), "i");
  if (r < 0.6) return `updateIntervention ${id} -> ${updateIntervention(doc, id, subset(prng, interventionFields(prng)), now(prng))}`;
  if (r < 0.9) {
    const status = prng.pick(STATUSES);
    return `setInterventionStatus ${id} ${status} -> ${setInterventionStatus(doc, id, status, now(prng))}`;
  }
  removeIntervention(doc, id);
  return `removeIntervention ${id}`;
}

/** Splitting a surrogate pair is not something a text field does, so positions land on code point boundaries. */
function boundary(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return index > 0 && index < text.length && code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

function notesEdit(prng: Prng, notes: Y.Text, id: string): string {
  const text = notes.toString();
  if (text.length > 0 && prng.bool(0.35)) {
    const from = boundary(text, prng.int(0, text.length - 1));
    const to = boundary(text, Math.min(text.length, from + prng.int(1, 12)));
    if (to > from) {
      notes.delete(from, to - from);
      return `notes ${id} delete ${from}+${to - from}`;
    }
  }
  const at = boundary(text, prng.int(0, text.length));
  const insert = `${prng.words(1, 4)}${prng.bool(0.2) ? "\n" : " "}`;
  notes.insert(at, insert);
  return `notes ${id} insert ${at} ${JSON.stringify(insert)}`;
}

const agencyOrNone = (prng: Prng): string => (prng.bool(0.8) ? prng.pick(STARTER_AGENCIES).code : "");
const dueOrNone = (prng: Prng): string => (prng.bool(0.7) ? now(prng).toISOString().slice(0, 10) : "");

/** Directory members are keyed by their member id, so two peers adding one make one row; guests get new ids. */
function attendeeEdit(prng: Prng, doc: Y.Doc, m: string): string {
  const attendees = readAttendees(doc, m);
  if (attendees.length === 0 || prng.bool(0.5)) {
    const member = prng.bool(0.6);
    const id = member ? `u${prng.int(0, POOL - 1)}` : newId(prng, "g");
    const fields = { memberId: member ? id : "", name: prng.words(1, 3), agency: agencyOrNone(prng), position: prng.words(0, 2) };
    return `addAttendee ${m}/${id} -> ${addAttendee(doc, m, id, fields, now(prng))}`;
  }
  const id = existingId(prng, attendees.map((a) => a.id), "u");
  return `removeAttendee ${m}/${id} -> ${removeAttendee(doc, m, id)}`;
}

/** Entry edits add when the meeting has none of that kind yet, so updates, moves and removals mostly find their entry. */
function agendaEdit(prng: Prng, doc: Y.Doc, m: string): string {
  const r = prng.next();
  const agenda = readAgenda(doc, m);
  if (r < 0.25 || agenda.length === 0) {
    const id = newId(prng, "a");
    return `addAgendaItem ${m}/${id} -> ${addAgendaItem(doc, m, id, prng.words(1, 6))}`;
  }
  const id = existingId(prng, agenda.map((a) => a.id), "a");
  if (r < 0.55) return `updateAgendaItem ${m}/${id} -> ${updateAgendaItem(doc, m, id, prng.words(1, 6))}`;
  if (r < 0.85) {
    const index = prng.int(0, agenda.length);
    return `moveAgendaItem ${m}/${id} to ${index} -> ${moveAgendaItem(doc, m, id, index)}`;
  }
  return `removeAgendaItem ${m}/${id} -> ${removeAgendaItem(doc, m, id)}`;
}

function decisionEdit(prng: Prng, doc: Y.Doc, m: string): string {
  const r = prng.next();
  const decisions = readDecisions(doc, m);
  if (r < 0.3 || decisions.length === 0) {
    const id = newId(prng, "d");
    return `addDecision ${m}/${id} -> ${addDecision(doc, m, id, prng.words(1, 8), now(prng))}`;
  }
  const id = existingId(prng, decisions.map((d) => d.id), "d");
  if (r < 0.8) return `updateDecision ${m}/${id} -> ${updateDecision(doc, m, id, prng.words(1, 8))}`;
  return `removeDecision ${m}/${id} -> ${removeDecision(doc, m, id)}`;
}

function actionItemEdit(prng: Prng, doc: Y.Doc, m: string): string {
  const r = prng.next();
  const items = readActionItems(doc, m);
  if (r < 0.25 || items.length === 0) {
    const id = newId(prng, "t");
    const fields = { what: prng.words(1, 5), who: prng.bool(0.6) ? prng.words(1, 2) : "", agency: agencyOrNone(prng), due: dueOrNone(prng) };
    return `addActionItem ${m}/${id} -> ${addActionItem(doc, m, id, fields, now(prng))}`;
  }
  const id = existingId(prng, items.map((a) => a.id), "t");
  if (r < 0.6) {
    const patch = subset(prng, { what: prng.words(1, 5), who: prng.words(0, 2), agency: agencyOrNone(prng), due: dueOrNone(prng) });
    return `updateActionItem ${m}/${id} -> ${updateActionItem(doc, m, id, patch)}`;
  }
  if (r < 0.82) {
    // the board card made from the item: two peers may link one item to different cards
    const card = newId(prng, "i");
    return `linkActionItem ${m}/${id} ${card} -> ${linkActionItem(doc, m, id, card)}`;
  }
  return `removeActionItem ${m}/${id} -> ${removeActionItem(doc, m, id)}`;
}

/**
 * Meetings are added rarely and most edits go to the busiest one (most entries, then
 * lowest id), so peers edit the same meeting, and its same entries from small id
 * pools, while apart.
 */
function meetingToEdit(prng: Prng, doc: Y.Doc): string {
  const ids = [...meetingsMap(doc).keys()].sort();
  if (ids.length === 0 || prng.bool(0.25)) return existingId(prng, ids, "m");
  const size = (id: string) => Object.values(readMinutes(doc, id)).reduce((n, list: unknown[]) => n + list.length, 0);
  let busiest = ids[0]!;
  let most = size(busiest);
  for (const id of ids.slice(1)) {
    const n = size(id);
    if (n > most) [busiest, most] = [id, n];
  }
  return busiest;
}

function minutesEdit(prng: Prng, doc: Y.Doc): string {
  const r = prng.next();
  const none = meetingsMap(doc).size === 0;
  if (r < 0.04 || none) {
    // a peer with no meeting yet usually adds "m0": peers that start apart now and then add the same meeting
    const id = none && prng.bool(0.7) ? "m0" : newId(prng, "m");
    addMeeting(doc, id, meetingFields(prng), now(prng));
    return `addMeeting ${id}`;
  }
  const id = meetingToEdit(prng, doc);
  if (r < 0.1) return `updateMeeting ${id} -> ${updateMeeting(doc, id, subset(prng, meetingFields(prng)))}`;
  if (r < 0.3) {
    const notes = meetingNotes(doc, id);
    return notes ? notesEdit(prng, notes, id) : `notes ${id} -> gone`;
  }
  if (r < 0.44) return attendeeEdit(prng, doc, id);
  if (r < 0.64) return agendaEdit(prng, doc, id);
  if (r < 0.78) return decisionEdit(prng, doc, id);
  if (r < 0.98) return actionItemEdit(prng, doc, id);
  removeMeeting(doc, id);
  return `removeMeeting ${id}`;
}

function metaEdit(prng: Prng, doc: Y.Doc): string {
  if (prng.bool(0.4)) {
    const patch = subset(prng, { name: `Desa ${prng.words(1, 2)}`, kodeWilayah: `64.02.${prng.int(10, 19)}.${prng.int(1001, 2020)}` });
    writeProfile(doc, patch);
    return `writeProfile ${JSON.stringify(patch)}`;
  }
  const code = prng.pick([...STARTER_AGENCIES.map((a) => a.code), "BAPPEDA", "DISDIK"]);
  upsertAgency(doc, { code, name: prng.words(1, 5) });
  return `upsertAgency ${code}`;
}

const EDITS: Record<SimKind, (prng: Prng, doc: Y.Doc) => string> = {
  roster: rosterEdit,
  board: boardEdit,
  minutes: minutesEdit,
  meta: metaEdit,
};

/** One random edit on one random document of a replica. */
export function randomEdit(prng: Prng, docs: Docs): string {
  const kind = prng.pick(["roster", "board", "minutes", "minutes", "meta"] as const);
  return `${kind}: ${EDITS[kind](prng, docs[kind])}`;
}
