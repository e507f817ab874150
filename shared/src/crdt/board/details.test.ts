import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { actingAs, boardViolations } from "../../rules/claims/index.ts";
import { addIntervention, interventionsMap, snapshotBoard } from "../board.ts";
import { rtTargetOf } from "../../model/need.ts";
import { parseInterventionTarget, readInterventionDetails, writeInterventionDetails } from "./details.ts";

const t0 = new Date("2025-03-01T08:00:00Z");
const card = { title: "Jamban sehat", agency: "DINSOS", domain: "pantas_tempat_tinggal", status: "open" as const };

describe("board adapter: intervention details", () => {
  it("writes and reads back a card's target, due date, funding and description", () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      addIntervention(doc, "i1", card, t0, "Bidan Ani");
      expect(writeInterventionDetails(doc, "i1", { description: "Bangun jamban", target: "need:n1", familyId: "h1", targetLabel: "Kel. B. S., RT 03", dueDate: "2025-04-30", funding: "APBD" })).toBe(true);
    });
    expect(readInterventionDetails(interventionsMap(doc).get("i1"))).toEqual({
      description: "Bangun jamban", target: "need:n1", familyId: "h1", targetLabel: "Kel. B. S., RT 03", dueDate: "2025-04-30", funding: "APBD",
    });
  });

  it("refuses malformed targets and due dates, and unknown cards", () => {
    const doc = new Y.Doc();
    addIntervention(doc, "i1", card, t0);
    expect(writeInterventionDetails(doc, "i1", { target: "need:__proto__" as never })).toBe(false);
    expect(writeInterventionDetails(doc, "i1", { dueDate: "30/04/2025" })).toBe(false);
    expect(writeInterventionDetails(doc, "nope", { funding: "APBD" })).toBe(false);
    expect(parseInterventionTarget("rt:03")).toBe("rt:3");
    expect(parseInterventionTarget("kampung")).toBe("kampung");
    expect(parseInterventionTarget("rt:x")).toBeNull();
    // RT numbers repeat across RWs: a target names both; one without its RW is an older card's
    expect(parseInterventionTarget("rt:03/002")).toBe("rt:3/2");
    expect(parseInterventionTarget("rt:3/")).toBeNull();
    expect(parseInterventionTarget("rt:3/2/1")).toBeNull();
    expect(parseInterventionTarget("rt:3/x")).toBeNull();
    expect(rtTargetOf("rt:3/2")).toEqual({ rt: 3, rw: 2 });
    expect(rtTargetOf("rt:3")).toEqual({ rt: 3, rw: null });
    expect(rtTargetOf("kampung")).toBeNull();
    expect(rtTargetOf("need:n1")).toBeNull();
  });

  it("reads what a hostile peer wrote as empty details, and a family only for family targets", () => {
    const doc = new Y.Doc();
    addIntervention(doc, "i1", card, t0);
    const map = interventionsMap(doc).get("i1")!;
    map.set("target", "rt:3");
    map.set("familyId", "h1");
    map.set("dueDate", 20250430);
    map.set("funding", { evil: true });
    expect(readInterventionDetails(map)).toMatchObject({ target: "rt:3", familyId: "", dueDate: "", funding: "" });
    expect(readInterventionDetails("not a map").target).toBe("kampung");
  });

  it("passes the relay guard for the card's own agency and is refused for another agency", () => {
    const doc = new Y.Doc();
    addIntervention(doc, "i1", card, t0);
    const before = snapshotBoard(doc);
    writeInterventionDetails(doc, "i1", { dueDate: "2025-05-01" });
    const after = snapshotBoard(doc);
    expect(boardViolations(actingAs("opd", "DINSOS"), before, after)).toEqual([]);
    expect(boardViolations(actingAs("opd", "DLHK"), before, after)).toHaveLength(1);
  });
});
