import { createMemo, createSignal, onCleanup, type Accessor } from "solid-js";
import { SortedRecords } from "./sortedRecords.ts";
import type * as Y from "yjs";
import {
  shortId, type AidProgramme, type Consent, type FieldConflict, type Household, type HouseholdFields, type MeasurementFields, type MeasurementValues,
  type MemberFields, type MemberRiskAnswers,
} from "@shared/model/index.ts";
import {
  addHousehold, addMeasurement, addMember, householdIds, observeHouseholds, readHousehold, recordConsent, removeHousehold, removeMeasurement,
  removeMember, setAid, updateHousehold, updateMeasurement, updateMember, type Writer,
} from "@shared/crdt/roster/index.ts";

export interface RosterState {
  households: Accessor<Household[]>;
  byId(id: string): Household | undefined;
}

export type MemberInput = Partial<MemberFields & MemberRiskAnswers>;
export type MeasurementInput = MeasurementFields & MeasurementValues;

export interface RosterActions {
  add(fields: HouseholdFields): string;
  update(id: string, patch: Partial<HouseholdFields>): boolean;
  remove(id: string): void;
  setAid(id: string, programme: AidProgramme, on: boolean): void;
  recordConsent(id: string, consent: Consent | null): void;
  addMember(householdId: string, fields: MemberInput): string;
  updateMember(householdId: string, memberId: string, patch: MemberInput): void;
  removeMember(householdId: string, memberId: string): void;
  addMeasurement(householdId: string, fields: MeasurementInput): string;
  updateMeasurement(householdId: string, id: string, patch: Partial<MeasurementInput>): void;
  removeMeasurement(householdId: string, id: string): void;
  /** A person chose one of the conflicting values: it is written over all of them. */
  resolveConflict(householdId: string, conflict: FieldConflict, value: string | number | boolean | null): void;
}

// one collator: localeCompare with a locale builds its comparison anew on each of the
// 300,000 comparisons a 20,000-family sort makes
const names = new Intl.Collator("id");

function byAddressThenName(a: Household, b: Household): number {
  return (a.rw ?? 0) - (b.rw ?? 0) || (a.rt ?? 0) - (b.rt ?? 0) || names.compare(a.kepala, b.kepala) || (a.id < b.id ? -1 : 1);
}

/**
 * Projects the roster document into immutable plain records, re-reading only
 * the households a transaction touched. Records are replaced, never mutated,
 * so the table (which caches cell values per row object) always sees the change
 * and derived results can be cached per record object.
 */
export function createRosterState(doc: Y.Doc, by: string): [RosterState, RosterActions] {
  const records = new SortedRecords<Household>(byAddressThenName);
  const [version, setVersion] = createSignal(0);
  // id lengths matter at 20,000 families: every key is stored. Households need ids unique in the
  // workspace (12 base-36 characters, 62 bits), members and measurements only within their household
  // (6), edits only among concurrent edits of one field (5).
  const writer: Writer = { by, newId: () => shortId(5) };

  const refresh = (ids: Iterable<string>) => {
    const changes: Array<[string, Household | null]> = [];
    for (const id of ids) changes.push([id, readHousehold(doc, id)]);
    records.apply(changes);
    setVersion((v) => v + 1);
  };
  refresh(householdIds(doc));
  onCleanup(observeHouseholds(doc, refresh));

  const households = createMemo(() => {
    version();
    return records.list() as Household[];
  });
  const now = () => new Date();

  return [
    {
      households,
      byId: (id) => {
        version();
        return records.get(id);
      },
    },
    {
      add(fields) {
        const id = shortId(12);
        addHousehold(doc, id, fields, now(), writer);
        return id;
      },
      update: (id, patch) => updateHousehold(doc, id, patch, now(), writer),
      remove: (id) => removeHousehold(doc, id),
      setAid: (id, programme, on) => void setAid(doc, id, programme, on, now(), writer),
      recordConsent: (id, consent) => void recordConsent(doc, id, consent, now(), writer),
      addMember(householdId, fields) {
        const id = shortId(6);
        addMember(doc, householdId, id, fields, now(), writer);
        return id;
      },
      updateMember: (householdId, memberId, patch) => void updateMember(doc, householdId, memberId, patch, now(), writer),
      removeMember: (householdId, memberId) => removeMember(doc, householdId, memberId),
      addMeasurement(householdId, fields) {
        const id = shortId(6);
        addMeasurement(doc, householdId, id, fields, now(), writer);
        return id;
      },
      updateMeasurement: (householdId, id, patch) => void updateMeasurement(doc, householdId, id, patch, now(), writer),
      removeMeasurement: (householdId, id) => removeMeasurement(doc, householdId, id),
      resolveConflict(householdId, conflict, value) {
        const t = conflict.target;
        const patch = { [t.field]: value };
        if (t.kind === "household") updateHousehold(doc, householdId, patch, now(), writer);
        else if (t.kind === "member") updateMember(doc, householdId, t.memberId, patch, now(), writer);
        else updateMeasurement(doc, householdId, t.measurementId, patch, now(), writer);
      },
    },
  ];
}
