import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addComment, claim, claimTargetOf, claimsMap, confirmationsMap } from "@shared/crdt/index.ts";
import { judgeBoth } from "../../../tests/support/boardGuardScenario.ts";
import { BoardGuard, confirmClaims, onVerdictsMayBeMissing } from "./boardPolicy.ts";
import { parkedBehind, testToken } from "./testSupport.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const DLHK = testToken("opd", "dlhk-jti", "DLHK");

const claimFor = (agency: string, id: string, family: string) => (doc: Y.Doc) =>
  claim(doc, id, { target: claimTargetOf("family", family), familyId: family, domain: "pantas_sehat", agency, note: "" }, "Pak Dedi", NOW);

describe("the board guard's copy follows the room's doc and nothing else", () => {
  // The room refuses updates that would park (missingDependencies.ts), so its doc holds nothing
  // parked; this is the guard's own defence should it ever: following the relay's own write must
  // not release into the copy, unjudged, what still waits in the doc.
  it.each(["through the guard, as the room did", "straight into the doc, as a load did"])("a change parked in the doc (%s) is judged when it is released, not slipped into the copy by the relay's own write", (how) => {
    const doc = new Y.Doc();
    const phone = new Y.Doc();
    phone.clientID = 500;
    const send = (guard: BoardGuard, edit: (d: Y.Doc) => void) => {
      Y.applyUpdate(phone, Y.encodeStateAsUpdate(doc));
      edit(phone);
      const update = Y.encodeStateAsUpdate(phone, Y.encodeStateVector(doc));
      const verdicts = judgeBoth(doc, guard, update, DLHK);
      Y.applyUpdate(doc, update);
      confirmClaims(doc, NOW); // the relay's own write
      return verdicts;
    };
    const guard = new BoardGuard(doc);
    send(guard, claimFor("DLHK", "c-own-1", "kel-1"));
    // parked in the doc directly, as a relay before the refusal did: waits for the relay's next write
    const parked = parkedBehind(doc, Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID)), claimFor("DINKES", "c-forged", "kel-9"));
    if (how.startsWith("through")) expect(judgeBoth(doc, guard, parked, DLHK).actual).toEqual({ refused: [], noted: [] });
    Y.applyUpdate(doc, parked);
    expect(doc.store.pendingStructs).not.toBeNull();

    const second = send(guard, claimFor("DLHK", "c-own-2", "kel-2")); // its confirmation is the clock the forgery waits for
    expect(second.actual).toEqual(second.expected);
    const third = send(guard, (d) => addComment(d, "k-1", "i-x", "ok", "Pak Dedi", NOW)); // the doc releases the forgery now
    expect(third.expected).toEqual({ refused: ["claims/c-forged: claim for agency DINKES by opd DLHK", "history: event about another agency's claim"], noted: [] });
    expect(third.actual).toEqual(third.expected);
    guard.destroy();
  });
});

describe("onVerdictsMayBeMissing", () => {
  it("fires when a claim arrives or a confirmation is removed or replaced, not when the relay adds one", () => {
    const doc = new Y.Doc();
    let calls = 0;
    onVerdictsMayBeMissing(doc, () => calls++);
    claimFor("DLHK", "c-1", "kel-1")(doc);
    expect(calls).toBe(1);
    confirmClaims(doc, NOW);
    expect(calls).toBe(1);
    confirmationsMap(doc).delete("c-1");
    expect(calls).toBe(2);
    confirmClaims(doc, NOW);
    expect(calls).toBe(2);
    confirmationsMap(doc).set("c-1", { seq: 9, at: NOW.toISOString(), rejected: null });
    expect(calls).toBe(3);
    claimsMap(doc).set("c-2", new Y.Map());
    expect(calls).toBe(4);
  });
});
