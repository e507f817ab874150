import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addActionItem, addAgendaItem, addAttendee, addDecision, addMeeting, linkActionItem, meetingsMap, moveAgendaItem, readActionItems,
  readAgenda, readAttendees, readDecisions, readMeeting, readMinutes, removeAgendaItem, updateActionItem, updateAgendaItem, updateMeeting,
} from "./minutes.ts";

const NOW = new Date("2026-11-22T02:00:00Z");

function meetingDoc(): Y.Doc {
  const doc = new Y.Doc();
  addMeeting(doc, "m1", { title: "Rembuk stunting", date: "2026-11-22", place: "Balai desa" }, NOW);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe("meeting fields", () => {
  it("keeps time, chair and note-taker, and refuses a malformed time", () => {
    const doc = meetingDoc();
    expect(updateMeeting(doc, "m1", { time: "09:30", chair: "Pak Lurah", noteTaker: "Bu Yuli" })).toBe(true);
    expect(updateMeeting(doc, "m1", { time: "25:99" })).toBe(false);
    expect(readMeeting("m1", meetingsMap(doc).get("m1"))).toMatchObject({ time: "09:30", chair: "Pak Lurah", noteTaker: "Bu Yuli" });
  });

  it("reads a malformed time or date from a peer as empty", () => {
    const doc = meetingDoc();
    meetingsMap(doc).get("m1")!.set("time", "nanti");
    meetingsMap(doc).get("m1")!.set("date", 12);
    expect(readMeeting("m1", meetingsMap(doc).get("m1"))).toMatchObject({ time: "", date: "" });
  });
});

describe("agenda", () => {
  it("keeps the order of addition and moves an item with one write", () => {
    const doc = meetingDoc();
    for (const [id, text] of [["a", "Pembukaan"], ["b", "Data KRS"], ["c", "Penutup"]] as const) addAgendaItem(doc, "m1", id, text);
    moveAgendaItem(doc, "m1", "c", 0);
    expect(readAgenda(doc, "m1").map((a) => a.text)).toEqual(["Penutup", "Pembukaan", "Data KRS"]);
    moveAgendaItem(doc, "m1", "c", 2);
    expect(readAgenda(doc, "m1").map((a) => a.text)).toEqual(["Pembukaan", "Data KRS", "Penutup"]);
  });

  it("merges a concurrent move and text edit of one item, and concurrent additions from two peers", () => {
    const a = meetingDoc();
    addAgendaItem(a, "m1", "x", "Pembukaan");
    addAgendaItem(a, "m1", "y", "Data KRS");
    const b = fork(a);
    moveAgendaItem(a, "m1", "y", 0);
    updateAgendaItem(b, "m1", "y", "Data KRS terbaru");
    addAgendaItem(a, "m1", "p", "Usulan A");
    addAgendaItem(b, "m1", "q", "Usulan B");
    sync(a, b);
    expect(readAgenda(a, "m1")).toEqual(readAgenda(b, "m1"));
    expect(readAgenda(a, "m1").map((i) => i.text)).toEqual(["Data KRS terbaru", "Pembukaan", "Usulan A", "Usulan B"]);
    removeAgendaItem(a, "m1", "x");
    expect(readAgenda(a, "m1")).toHaveLength(3);
  });

  it("gets its collections on a meeting written before they existed", () => {
    const doc = new Y.Doc();
    const old = new Y.Map<unknown>();
    old.set("title", "Lama");
    meetingsMap(doc).set("old", old);
    expect(readAgenda(doc, "old")).toEqual([]);
    expect(addAgendaItem(doc, "old", "a", "Pembukaan")).toBe(true);
    expect(readAgenda(doc, "old").map((i) => i.text)).toEqual(["Pembukaan"]);
  });
});

describe("attendees, decisions, action items", () => {
  it("adds a directory member once even when two peers add them at once", () => {
    const a = meetingDoc();
    const b = fork(a);
    addAttendee(a, "m1", "mem1", { memberId: "mem1", name: "Bu Yuli", agency: "", position: "Kader KB" }, NOW);
    addAttendee(b, "m1", "mem1", { memberId: "mem1", name: "Bu Yuli", agency: "", position: "Kader KB" }, NOW);
    addAttendee(b, "m1", "g1", { memberId: "", name: "dr. Sari", agency: "Puskesmas", position: "Tamu" }, NOW);
    sync(a, b);
    expect(readAttendees(a, "m1").map((x) => x.name)).toEqual(["Bu Yuli", "dr. Sari"]);
    expect(addAttendee(a, "m1", "g2", { memberId: "mem9", name: "X", agency: "", position: "" }, NOW)).toBe(false);
  });

  it("records decisions and action items with their link to the board", () => {
    const doc = meetingDoc();
    addDecision(doc, "m1", "d1", "Kelas ibu hamil tiap bulan", NOW);
    expect(addActionItem(doc, "m1", "t1", { what: "Jamban sehat RT 03", who: "Bu Rina", agency: "DINSOS", due: "2026-12-10" }, NOW)).toBe(true);
    expect(addActionItem(doc, "m1", "t2", { what: "x", who: "", agency: "", due: "besok" }, NOW)).toBe(false);
    expect(updateActionItem(doc, "m1", "t1", { due: "10/12" })).toBe(false);
    expect(linkActionItem(doc, "m1", "t1", "__proto__/x")).toBe(false);
    expect(linkActionItem(doc, "m1", "t1", "card1")).toBe(true);
    const minutes = readMinutes(doc, "m1");
    expect(minutes.decisions.map((d) => d.text)).toEqual(["Kelas ibu hamil tiap bulan"]);
    expect(minutes.actions).toEqual([{ id: "t1", what: "Jamban sehat RT 03", who: "Bu Rina", agency: "DINSOS", due: "2026-12-10", interventionId: "card1", createdAt: NOW.toISOString() }]);
  });
});

describe("untrusted peers", () => {
  it("skips entries with unsafe keys or the wrong shape and empties malformed fields", () => {
    const doc = meetingDoc();
    addActionItem(doc, "m1", "t1", { what: "Posyandu", who: "", agency: "DINKES", due: "2026-12-01" }, NOW);
    const m = meetingsMap(doc).get("m1")!;
    const actions = m.get("actions") as Y.Map<unknown>;
    actions.set("__proto__", new Y.Map());
    actions.set("plain", { what: "not a Y.Map" });
    const t1 = actions.get("t1") as Y.Map<unknown>;
    t1.set("due", "kapan-kapan");
    t1.set("interventionId", "../../x");
    t1.set("what", "x".repeat(5000));
    const agenda = m.get("agenda") as Y.Map<unknown>;
    const bad = new Y.Map<unknown>();
    agenda.set("a1", bad);
    bad.set("order", Number.NaN);
    bad.set("text", 42);
    (m.get("decisions") as Y.Map<unknown>).set("constructor", new Y.Map());
    const items = readActionItems(doc, "m1");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ due: "", interventionId: "" });
    expect(items[0]!.what).toHaveLength(500);
    expect(readAgenda(doc, "m1")).toEqual([{ id: "a1", text: "", order: 0 }]);
    expect(readDecisions(doc, "m1")).toEqual([]);
    m.set("attendees", "not a map");
    expect(readAttendees(doc, "m1")).toEqual([]);
  });
});
