import type * as Y from "yjs";
import { emptyHousehold, emptyMember, type HouseholdFields, type MeasurementFields, type MeasurementValues, type MemberFields, type MemberRiskAnswers } from "@shared/model/index.ts";
import { addHousehold, addMeasurement, addMember } from "@shared/crdt/roster/index.ts";
import { ANONYMOUS } from "@shared/crdt/roster/households.ts";

export interface FamilyInDoc {
  id: string;
  fields: Partial<HouseholdFields>;
  members: Array<{ id: string } & Partial<MemberFields & MemberRiskAnswers>>;
  measurements?: Array<{ id: string } & Omit<MeasurementFields, "measuredBy"> & MeasurementValues>;
}

/** Writes one family into a roster document through the roster's own adapters, as a device or an import would. */
export function addFamilyToDoc(doc: Y.Doc, family: FamilyInDoc, now = new Date()): void {
  doc.transact(() => {
    addHousehold(doc, family.id, { ...emptyHousehold(), ...family.fields }, now);
    for (const { id, ...member } of family.members) addMember(doc, family.id, id, { ...emptyMember(), ...member }, now, ANONYMOUS);
    for (const { id, ...m } of family.measurements ?? []) addMeasurement(doc, family.id, id, { ...m, measuredBy: "Bidan Sari" }, now, ANONYMOUS);
  });
}
