import * as Y from "yjs";
import {
  meetingNotes, readAgencies, readBatches, readHouseholds, readInterventions, readMatchDecisions, readMeetings, readMinutes, readProfile, readReviewItems,
} from "../crdt/index.ts";
import { SIMULATED_KINDS, type Docs, type SimKind } from "./simNetwork.ts";

/**
 * What "converged" means: every replica shows the same plain data through the
 * adapters (what the app renders) AND holds the same Yjs state (state vector,
 * delete set, nothing pending). Either alone can hide a bug: equal projections
 * with different state vectors mean an update is stuck somewhere; equal state
 * vectors say nothing about deletions.
 */
export interface Replica<K extends string = SimKind> {
  name: string;
  docs: Docs<K>;
}

const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The adapter projection of one document; map iteration order is per replica, so records are sorted by id.
 * A meeting includes its notes and its entries (attendees, agenda, decisions, action items) in the order
 * the readers give them, which must be the same on every replica too.
 */
export function project(kind: SimKind, doc: Y.Doc): unknown {
  switch (kind) {
    case "roster":
      // households with their import provenance, and the import bookkeeping (batches, waiting pairs, decisions)
      return {
        households: byId(readHouseholds(doc)),
        batches: readBatches(doc),
        reviews: readReviewItems(doc).sort((a, b) => (`${a.list}|${a.rowId}` < `${b.list}|${b.rowId}` ? -1 : 1)),
        decisions: readMatchDecisions(doc),
      };
    case "board":
      return byId(readInterventions(doc));
    case "minutes":
      return byId(readMeetings(doc)).map((m) => ({ ...m, notes: meetingNotes(doc, m.id)?.toString() ?? null, ...readMinutes(doc, m.id) }));
    case "meta":
      return { profile: readProfile(doc), agencies: readAgencies(doc) };
  }
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function fingerprint(projection: unknown, doc: Y.Doc): Record<string, string> {
  return {
    projection: JSON.stringify(projection),
    stateVector: hex(Y.encodeStateVector(doc)),
    // A snapshot is the delete set plus the state vector, both encoded in sorted order.
    snapshot: hex(Y.encodeSnapshot(Y.snapshot(doc))),
    pending: String(doc.store.pendingStructs !== null || doc.store.pendingDs !== null),
  };
}

function clip(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/** Compares every replica against the first (the hub); returns one line per difference, empty when converged. */
export function divergences(replicas: Replica[]): string[] {
  return divergencesOf(replicas, SIMULATED_KINDS, project);
}

/** divergences for any set of document kinds, with their projection (the plan's scenario: planScenario.ts). */
export function divergencesOf<K extends string>(replicas: Array<Replica<K>>, kinds: readonly K[], projectKind: (kind: K, doc: Y.Doc) => unknown): string[] {
  const [reference, ...others] = replicas;
  if (!reference) return [];
  const out: string[] = [];
  for (const kind of kinds) {
    const expected = fingerprint(projectKind(kind, reference.docs[kind]), reference.docs[kind]);
    if (expected.pending === "true") out.push(`${reference.name} ${kind}: has pending updates`);
    for (const replica of others) {
      const actual = fingerprint(projectKind(kind, replica.docs[kind]), replica.docs[kind]);
      for (const [aspect, value] of Object.entries(actual)) {
        const want = expected[aspect] ?? "";
        if (value !== want) {
          out.push(`${replica.name} ${kind} ${aspect} differs from ${reference.name}:\n  want ${clip(want)}\n  got  ${clip(value)}`);
        }
      }
    }
  }
  return out;
}
