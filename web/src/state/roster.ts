import { createMemo, createSignal, onCleanup, type Accessor } from "solid-js";
import { SortedRecords } from "./sortedRecords.ts";
import type { Stepper } from "./stepSort.ts";
import { IDLE_PRIORITY, makeIdleTask } from "./idle.ts";
import type * as Y from "yjs";
import {
  shortId, type AidProgramme, type Consent, type FieldConflict, type Household, type HouseholdFields, type MeasurementFields, type MeasurementValues,
  type MemberFields, type MemberRiskAnswers, type VisitFields,
} from "@shared/model/index.ts";
import {
  addHousehold, addMeasurement, addMember, addVisit, deleteHousehold, householdIds, householdStatus, observeHouseholds, purgedWithLateKeys, purgeHousehold,
  readHouseholdChanges, readHouseholdWithDeletion, recordConsent, removeHousehold, removeMeasurement, removeMember, restoreHousehold, setAid,
  removeVisit, updateHousehold, updateMeasurement, updateMember, updateVisit, type Deletion, type HouseholdStatus, type RosterChange, type Writer,
} from "@shared/crdt/roster/index.ts";
import { purgeDue } from "@shared/rules/index.ts";

export type { Deletion, HouseholdStatus, RosterChange };

/** A household someone deleted: hidden from the roster and everything built on it, restorable for RESTORE_DAYS. */
export interface DeletedHousehold {
  household: Household;
  deletion: Deletion;
}

export interface RosterState {
  /** the households not deleted, in address order: the roster, the map, search and recaps read these */
  households: Accessor<Household[]>;
  byId(id: string): Household | undefined;
  /** deleted households (the "Terhapus" list), most recently deleted first */
  deleted: Accessor<DeletedHousehold[]>;
  deletedById(id: string): DeletedHousehold | undefined;
  /** what this device knows of a family id: a board card's family may be deleted or gone for good */
  status(id: string): HouseholdStatus;
  /** the family's change history (who changed what, when), oldest first; read on demand */
  changes(id: string): RosterChange[];
  /** true while a large change (an import's batch) is being taken in, in idle moments; the records are the ones before it meanwhile */
  catchingUp: Accessor<boolean>;
  /** resolves once the records show every change made so far (at once when nothing is being taken in) */
  settled(): Promise<void>;
}

export type MemberInput = Partial<MemberFields & MemberRiskAnswers>;
export type MeasurementInput = MeasurementFields & MeasurementValues;

export interface RosterActions {
  add(fields: HouseholdFields): string;
  update(id: string, patch: Partial<HouseholdFields>): boolean;
  /** Removes the household and all its records at once, for good (no restore): not for the UI, which deletes. */
  remove(id: string): void;
  /** Deletes a household: hidden everywhere, recorded (who, when), restorable for RESTORE_DAYS. */
  delete(id: string): boolean;
  restore(id: string): boolean;
  /** Purges what is due (see createRosterState); the workspace calls it when the roster is in sync with the relay. */
  purgeDue(): void;
  setAid(id: string, programme: AidProgramme, on: boolean): void;
  recordConsent(id: string, consent: Consent | null): void;
  addMember(householdId: string, fields: MemberInput): string;
  updateMember(householdId: string, memberId: string, patch: MemberInput): void;
  removeMember(householdId: string, memberId: string): void;
  addMeasurement(householdId: string, fields: MeasurementInput): string;
  updateMeasurement(householdId: string, id: string, patch: Partial<MeasurementInput>): void;
  removeMeasurement(householdId: string, id: string): void;
  /** A TPK visit (kunjungan) to the family; returns its id, "" when the family is no longer on this device. */
  addVisit(householdId: string, fields: VisitFields): string;
  updateVisit(householdId: string, id: string, patch: Partial<VisitFields>): void;
  removeVisit(householdId: string, id: string): void;
  /** A person chose one of the conflicting values: it is written over all of them. */
  resolveConflict(householdId: string, conflict: FieldConflict, value: string | number | boolean | null): void;
  /**
   * A person settled a field concurrent edits changed (ReplacedValue): the chosen value is written
   * over the values this device sees, the other kept for the family's history. Any field: aid and
   * consent too.
   */
  settle(householdId: string, target: FieldConflict["target"], value: unknown): void;
}

// one collator: localeCompare with a locale builds its comparison anew on each of the
// 300,000 comparisons a 20,000-family sort makes
const names = new Intl.Collator("id");

function byAddressThenName(a: Household, b: Household): number {
  return (a.rw ?? 0) - (b.rw ?? 0) || (a.rt ?? 0) - (b.rt ?? 0) || names.compare(a.kepala, b.kepala) || (a.id < b.id ? -1 : 1);
}
const sameAddressAndName = (a: Household, b: Household) => a.rw === b.rw && a.rt === b.rt && a.kepala === b.kepala;

/**
 * Households changed at once past which the records take them in over idle moments instead of in the
 * transaction's observer: an import's batch (20,800 families, read and sorted in about 1.3 s on a slow
 * phone) would otherwise be one long task. Below it a change shows at once (a remote edit, a form).
 */
const TAKE_IN_STEPS_AT = SortedRecords.RESORT_AT;

/**
 * Projects the roster document into immutable plain records, re-reading only
 * the households a transaction touched. Records are replaced, never mutated,
 * so the table (which caches cell values per row object) always sees the change
 * and derived results can be cached per record object.
 */
/**
 * `writable`: this device writes the roster, so it also purges households deleted longer ago than
 * the restore period (RESTORE_DAYS), while `synced()` says its copy is in sync with the relay.
 */
export function createRosterState(doc: Y.Doc, by: string, options: { writable?: boolean; synced?: () => boolean } = {}): [RosterState, RosterActions] {
  const records = new SortedRecords<Household>(byAddressThenName, sameAddressAndName);
  const deleted = new Map<string, DeletedHousehold>();
  const [version, setVersion] = createSignal(0);
  // id lengths matter at 20,000 families: every key is stored. Households need ids unique in the
  // workspace (12 base-36 characters, 62 bits), members and measurements only within their household
  // (6), edits only among concurrent edits of one field (5).
  const writer: Writer = { by, newId: () => shortId(5) };
  const now = () => new Date();

  // Households to purge: deleted longer ago than the restore period, or purged already and reached
  // since by an offline phone's edits. A device that writes the roster does it, but only while its copy
  // is in sync with the relay: a copy read from the device alone may miss a restore made elsewhere.
  // Found while reading, written after (never inside the observer).
  const lateKeys = new Set<string>();
  const mayPurge = () => !!options.writable && (options.synced?.() ?? true);
  let queued = false;
  const purgeSoon = () => {
    if (queued || !mayPurge()) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const due = [...deleted.values()].filter((d) => purgeDue(d.deletion.at, now())).map((d) => d.household.id);
      const late = [...lateKeys].filter((id) => purgedWithLateKeys(doc, id));
      lateKeys.clear();
      if (due.length + late.length > 0) doc.transact(() => [...due, ...late].forEach((id) => purgeHousehold(doc, id)));
    });
  };
  /** Reads one household into `changes` (null: gone or deleted), keeping the deleted list and the purge queue. */
  const readOne = (id: string, changes: Map<string, Household | null>) => {
    const read = readHouseholdWithDeletion(doc, id);
    changes.set(id, read && !read.deletion ? read.household : null);
    if (read?.deletion) deleted.set(id, { household: read.household, deletion: read.deletion });
    else deleted.delete(id);
    if (!read && purgedWithLateKeys(doc, id)) lateKeys.add(id);
    if (read?.deletion ? purgeDue(read.deletion.at, now()) : lateKeys.has(id)) purgeSoon();
  };

  // A large change taken in over idle moments (TAKE_IN_STEPS_AT): households are read a few at a time,
  // then sorted in (SortedRecords.applyInSteps); the records change once, at the end. Households changed
  // meanwhile join the queue (read again: the last read is the one taken in).
  let takeIn: { queue: Set<string>; read: Map<string, Household | null>; apply: Stepper | null; cancel: () => void } | null = null;
  const [catchingUp, setCatchingUp] = createSignal(false);
  let waiters: Array<() => void> = [];
  const takeInStep = (shouldYield: () => boolean): boolean => {
    const t = takeIn!;
    if (t.apply === null) {
      for (const id of t.queue) {
        t.queue.delete(id);
        readOne(id, t.read);
        if (shouldYield()) return false;
      }
      t.apply = records.applyInSteps([...t.read]);
    }
    if (!t.apply.step(shouldYield)) return false;
    setVersion((v) => v + 1);
    if (t.queue.size > 0) {
      // changed while being sorted in: another round
      t.read = new Map();
      t.apply = null;
      return false;
    }
    takeIn = null;
    setCatchingUp(false);
    const resolved = waiters;
    waiters = [];
    resolved.forEach((r) => r());
    return true;
  };
  const refresh = (ids: Iterable<string>) => {
    const list = [...ids];
    if (takeIn) {
      // A few households changed while a large change is read in (a person's own edit while another
      // device's import arrives): they show at once, unless the large change is being sorted in already.
      if (takeIn.apply === null && list.length < TAKE_IN_STEPS_AT) {
        const changes = new Map<string, Household | null>();
        for (const id of list) {
          takeIn.queue.delete(id);
          takeIn.read.delete(id);
          readOne(id, changes);
        }
        records.apply([...changes]);
        setVersion((v) => v + 1);
        return;
      }
      for (const id of list) takeIn.queue.add(id);
      return;
    }
    if (list.length >= TAKE_IN_STEPS_AT && started) {
      takeIn = { queue: new Set(list), read: new Map(), apply: null, cancel: () => undefined };
      setCatchingUp(true);
      takeIn.cancel = makeIdleTask(takeInStep, IDLE_PRIORITY.screen);
      return;
    }
    const changes = new Map<string, Household | null>();
    for (const id of list) readOne(id, changes);
    records.apply([...changes]);
    setVersion((v) => v + 1);
  };
  // the first read (a cold start) is one pass: the screen waits for it anyway
  let started = false;
  refresh(householdIds(doc));
  started = true;
  onCleanup(observeHouseholds(doc, refresh));
  onCleanup(() => takeIn?.cancel());

  const households = createMemo(() => {
    version();
    return records.list() as Household[];
  });
  const deletedList = createMemo(() => {
    version();
    return [...deleted.values()].sort((a, b) => b.deletion.at.localeCompare(a.deletion.at) || (a.household.id < b.household.id ? -1 : 1));
  });
  return [
    {
      households,
      byId: (id) => {
        version();
        return records.get(id);
      },
      deleted: deletedList,
      deletedById: (id) => {
        version();
        return deleted.get(id);
      },
      status: (id) => {
        version();
        return householdStatus(doc, id);
      },
      changes: (id) => {
        version();
        return readHouseholdChanges(doc, id);
      },
      catchingUp,
      settled: () => (takeIn === null ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    },
    {
      add(fields) {
        const id = shortId(12);
        addHousehold(doc, id, fields, now(), writer);
        return id;
      },
      update: (id, patch) => updateHousehold(doc, id, patch, now(), writer),
      remove: (id) => removeHousehold(doc, id),
      delete: (id) => deleteHousehold(doc, id, now(), writer),
      restore: (id) => restoreHousehold(doc, id, now(), writer),
      purgeDue: purgeSoon,
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
      addVisit(householdId, fields) {
        // unique among the family's visits (two phones adding one at once get different ids)
        const id = shortId(6);
        return addVisit(doc, householdId, id, fields, now(), writer) ? id : "";
      },
      updateVisit: (householdId, id, patch) => void updateVisit(doc, householdId, id, patch, now(), writer),
      removeVisit: (householdId, id) => removeVisit(doc, householdId, id),
      resolveConflict(householdId, conflict, value) {
        const t = conflict.target;
        const patch = { [t.field]: value };
        if (t.kind === "household") updateHousehold(doc, householdId, patch, now(), writer);
        else if (t.kind === "member") updateMember(doc, householdId, t.memberId, patch, now(), writer);
        else updateMeasurement(doc, householdId, t.measurementId, patch, now(), writer);
      },
      settle(householdId, target, value) {
        if (target.kind === "household" && target.field.startsWith("aid.")) setAid(doc, householdId, target.field.slice(4) as AidProgramme, value === true, now(), writer);
        else if (target.kind === "household" && target.field === "consent") recordConsent(doc, householdId, (value as Consent | null) ?? null, now(), writer);
        else if (target.kind === "household" && target.field === "deleted") void (value === true ? deleteHousehold : restoreHousehold)(doc, householdId, now(), writer);
        else if (value === null || ["string", "number", "boolean"].includes(typeof value)) {
          const patch = { [target.field]: value };
          if (target.kind === "household") updateHousehold(doc, householdId, patch, now(), writer);
          else if (target.kind === "member") updateMember(doc, householdId, target.memberId, patch, now(), writer);
          else updateMeasurement(doc, householdId, target.measurementId, patch, now(), writer);
        }
      },
    },
  ];
}
