import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addComment, claim, claimTargetOf, confirmNewClaims, publishNeed } from "@shared/crdt/index.ts";
import { Prng } from "@shared/testing/prng.ts";
import { findMissingDependency, type UpdateDependencyProblem } from "./missingDependencies.ts";
import { parkedBehind, writeBlocks } from "./testSupport.ts";

const NOW = new Date("2026-01-01T00:00:00Z");
const RELAY = 9_000;

// ---- building updates -------------------------------------------------------------------

/** The doc's state of one client, as the room asks for it. */
const stateOf = (doc: Y.Doc) => (client: number) => Y.getState(doc.store, client);

function check(doc: Y.Doc, update: Uint8Array): UpdateDependencyProblem | null {
  return findMissingDependency(update, stateOf(doc));
}

/** What Yjs itself does with the update on a copy of `doc`: parks something, throws, or neither. */
function yjsOutcome(doc: Y.Doc, update: Uint8Array): "parks" | "throws" | "applies" {
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  try {
    Y.applyUpdate(probe, update);
  } catch {
    return "throws";
  } finally {
    probe.destroy();
  }
  return probe.store.pendingStructs !== null || probe.store.pendingDs !== null ? "parks" : "applies";
}

/** A doc with `clientID`, holding `from`'s state. */
function device(clientID: number, from?: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  return doc;
}

/** The updates `doc` emits while `edit` runs (what a y-websocket client sends, one per transaction). */
function emitted(doc: Y.Doc, edit: () => void): Uint8Array {
  const out: Uint8Array[] = [];
  const listen = (update: Uint8Array) => out.push(update);
  doc.on("update", listen);
  try {
    edit();
  } finally {
    doc.off("update", listen);
  }
  return out.length === 1 ? out[0]! : Y.mergeUpdates(out);
}

/** An invisible (deleted) item of one clock whose origin / right origin / parent is `ref`. */
function itemWith(id: Y.ID, ref: { origin?: Y.ID; rightOrigin?: Y.ID; parent?: Y.ID | string }): Y.Item {
  return new Y.Item(id, null, ref.origin ?? null, null, ref.rightOrigin ?? null, (ref.parent ?? null) as never, null, new Y.ContentDeleted(1));
}

// ---- the scenes ---------------------------------------------------------------------------

interface Scene {
  /** the relay's document */
  doc: Y.Doc;
  update: Uint8Array;
}

/** A relay board with one DLHK claim confirmed by the relay (client RELAY), as the reviewer set it up. */
function relayBoard(): { doc: Y.Doc; phone: Y.Doc } {
  const doc = device(RELAY);
  const phone = device(500, doc);
  claim(phone, "c-own-1", { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_sehat", agency: "DLHK", note: "" }, "Pak Dedi", NOW);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(phone, Y.encodeStateVector(doc)));
  confirmNewClaims(doc, NOW);
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(doc));
  return { doc, phone };
}

/** The reviewer's forgery: clock 0 of client 777 waits on `waitsOn`, clocks 1.. are a claim in DINKES's name. */
function parkedForgery(doc: Y.Doc, waitsOn: Y.ID, via: "right-origin" | "origin" = "right-origin"): Uint8Array {
  return parkedBehind(doc, waitsOn, (forge) => {
    claim(forge, "c-forged", { target: claimTargetOf("family", "kel-9"), familyId: "kel-9", domain: "pantas_sehat", agency: "DINKES", note: "" }, "x", NOW);
  }, { via });
}

const honest: Array<[string, () => Scene]> = [
  ["an empty update (a fresh device's step 2)", () => ({ doc: relayBoard().doc, update: Y.encodeStateAsUpdate(new Y.Doc()) })],
  [
    "a step 2 from a device that holds nothing new",
    () => {
      const { doc, phone } = relayBoard();
      return { doc, update: Y.encodeStateAsUpdate(phone, Y.encodeStateVector(doc)) };
    },
  ],
  [
    "a normal edit (one transaction: a comment)",
    () => {
      const { doc, phone } = relayBoard();
      return { doc, update: emitted(phone, () => addComment(phone, "k-1", "i-1", "siap", "Pak Dedi", NOW)) };
    },
  ],
  [
    "typing into text the relay holds (origin and right origin in the relay's doc)",
    () => {
      const doc = device(RELAY);
      doc.getText("t").insert(0, "abcdef");
      const phone = device(500, doc);
      return { doc, update: emitted(phone, () => phone.getText("t").insert(3, "XYZ")) };
    },
  ],
  [
    "a step 2 after offline edits (several transactions, nested maps)",
    () => {
      const { doc, phone } = relayBoard();
      publishNeed(phone, "n-1", { familyId: "kel-3", label: "Kel. C.", rt: 3, domain: "pantas_sehat", reason: "stunting" }, "Lurah", NOW);
      claim(phone, "c-2", { target: claimTargetOf("need", "n-1"), familyId: "kel-3", domain: "pantas_sehat", agency: "DLHK", note: "" }, "Pak Dedi", NOW);
      return { doc, update: Y.encodeStateAsUpdate(phone, Y.encodeStateVector(doc)) };
    },
  ],
  ...([
    ["higher", 800, 700],
    ["lower", 700, 800],
  ] as const).map(([which, a, b]): [string, () => Scene] => [
    `two clients' items referring to each other in order, A0 <- B0 <- A1 (A has the ${which} id)`,
    () => {
      const doc = device(RELAY);
      doc.getText("t").insert(0, "..");
      const phoneA = device(a, doc);
      const phoneB = device(b);
      phoneA.getText("t").insert(1, "a"); // A0, between the relay's two characters
      Y.applyUpdate(phoneB, Y.encodeStateAsUpdate(phoneA));
      phoneB.getText("t").insert(2, "b"); // B0, origin A0
      Y.applyUpdate(phoneA, Y.encodeStateAsUpdate(phoneB));
      phoneA.getText("t").insert(3, "c"); // A1, origin B0
      phoneA.getMap("m").set("k", "v");
      return { doc, update: Y.encodeStateAsUpdate(phoneA, Y.encodeStateVector(doc)) };
    },
  ]),
  [
    "a key set inside a nested map another client made, both in one merged update",
    () => {
      const doc = device(RELAY);
      const phoneA = device(800, doc);
      const inner = new Y.Map<string>();
      const first = emitted(phoneA, () => phoneA.getMap("m").set("inner", inner));
      const phoneB = device(700, phoneA);
      const second = emitted(phoneB, () => (phoneB.getMap("m").get("inner") as Y.Map<string>).set("k", "v"));
      return { doc, update: Y.mergeUpdates([second, first]) };
    },
  ],
  [
    "a delete of existing items (a delete set only)",
    () => {
      const doc = device(RELAY);
      doc.getText("t").insert(0, "hapus sebagian");
      const phone = device(500, doc);
      const update = emitted(phone, () => phone.getText("t").delete(2, 6));
      expect(Y.decodeUpdate(update).structs).toHaveLength(0);
      return { doc, update };
    },
  ],
  [
    "inserting and deleting in one update, the deleted items in the same update",
    () => {
      const doc = device(RELAY);
      const phone = device(500, doc);
      phone.getText("t").insert(0, "sementara");
      phone.getText("t").delete(0, 4);
      return { doc, update: Y.encodeStateAsUpdate(phone, Y.encodeStateVector(doc)) };
    },
  ],
  [
    "an update the relay has already (a resend after a lost echo)",
    () => {
      const doc = device(RELAY);
      const phone = device(500, doc);
      const update = emitted(phone, () => phone.getText("t").insert(0, "dua kali"));
      Y.applyUpdate(doc, update);
      return { doc, update };
    },
  ],
  [
    "a merged update whose Skip covers clocks the relay already holds",
    () => {
      const doc = device(RELAY);
      const phone = device(500, doc);
      const u1 = emitted(phone, () => phone.getText("t").insert(0, "a"));
      const u2 = emitted(phone, () => phone.getText("t").insert(1, "b"));
      const u3 = emitted(phone, () => phone.getText("t").insert(2, "c"));
      Y.applyUpdate(doc, u1);
      Y.applyUpdate(doc, u2);
      const update = Y.mergeUpdates([u1, u3]);
      expect(Y.decodeUpdate(update).structs.some((s) => s instanceof Y.Skip)).toBe(true);
      return { doc, update };
    },
  ],
  [
    "an update that starts inside a struct the relay holds half of",
    () => {
      const doc = device(RELAY);
      const phone = device(500, doc);
      const u1 = emitted(phone, () => phone.getText("t").insert(0, "abc"));
      Y.applyUpdate(doc, u1);
      phone.getText("t").insert(3, "def"); // merges with the first struct on the phone
      return { doc, update: Y.encodeStateAsUpdate(phone) };
    },
  ],
];

const parked: Array<[string, () => Scene, Partial<UpdateDependencyProblem>]> = [
  [
    "reviewer 1: a forged claim parked on the relay's next confirmation (right origin)",
    () => {
      const { doc } = relayBoard();
      return { doc, update: parkedForgery(doc, Y.createID(RELAY, Y.getState(doc.store, RELAY))) };
    },
    { kind: "missing", reason: "right-origin", client: RELAY },
  ],
  [
    "reviewer 1, origin variant",
    () => {
      const { doc } = relayBoard();
      return { doc, update: parkedForgery(doc, Y.createID(RELAY, Y.getState(doc.store, RELAY)), "origin") };
    },
    { kind: "missing", reason: "origin", client: RELAY },
  ],
  [
    "reviewer 2: a delete set over the relay's next million clocks",
    () => {
      const { doc } = relayBoard();
      const next = Y.getState(doc.store, RELAY);
      return { doc, update: writeBlocks([], [[RELAY, next, 1_000_000]]) };
    },
    { kind: "missing", reason: "delete-set", client: RELAY },
  ],
  [
    "a delete range that starts inside the relay's clocks and runs past them",
    () => {
      const { doc } = relayBoard();
      return { doc, update: writeBlocks([], [[RELAY, 0, Y.getState(doc.store, RELAY) + 1]]) };
    },
    { kind: "missing", reason: "delete-set", client: RELAY },
  ],
  [
    "reviewer 3: a forged claim parked on the lurah's next write",
    () => {
      const doc = device(RELAY);
      const lurah = device(600);
      claim(lurah, "c-1", { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_sehat", agency: "DLHK", note: "" }, "Lurah", NOW);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(lurah));
      return { doc, update: parkedForgery(doc, Y.createID(600, Y.getState(lurah.store, 600))) };
    },
    { kind: "missing", reason: "right-origin", client: 600 },
  ],
  [
    "a device's second update before its first (a gap at the start)",
    () => {
      const doc = device(RELAY);
      const phone = device(500, doc);
      emitted(phone, () => phone.getText("t").insert(0, "pertama"));
      return { doc, update: emitted(phone, () => phone.getMap("m").set("k", "kedua")) };
    },
    { kind: "missing", reason: "gap", client: 500, clock: 0 },
  ],
  [
    "a merged update with a Skip over clocks nobody sent the relay",
    () => {
      const doc = device(RELAY);
      const phone = device(500, doc);
      const u1 = emitted(phone, () => phone.getText("t").insert(0, "a"));
      emitted(phone, () => phone.getMap("m").set("k", "b"));
      const u3 = emitted(phone, () => phone.getText("t").insert(1, "c"));
      return { doc, update: Y.mergeUpdates([u1, u3]) };
    },
    { kind: "missing", reason: "skip", client: 500, clock: 1 },
  ],
  [
    "typing after text the relay never got (origin in another client's missing edit)",
    () => {
      const doc = device(RELAY);
      const phoneA = device(800, doc);
      phoneA.getText("t").insert(0, "dari A");
      const phoneB = device(700, phoneA);
      return { doc, update: emitted(phoneB, () => phoneB.getText("t").insert(6, " dan B")) };
    },
    { kind: "missing", reason: "origin", client: 800 },
  ],
  [
    "a key set in a nested map the relay never got (parent)",
    () => {
      const doc = device(RELAY);
      const phoneA = device(800, doc);
      phoneA.getMap("m").set("inner", new Y.Map());
      const phoneB = device(700, phoneA);
      return { doc, update: emitted(phoneB, () => (phoneB.getMap("m").get("inner") as Y.Map<string>).set("k", "v")) };
    },
    { kind: "missing", reason: "parent", client: 800 },
  ],
  [
    "two clients' items waiting on each other (a cycle)",
    () => {
      const doc = device(RELAY);
      const a = itemWith(Y.createID(800, 0), { origin: Y.createID(700, 0) });
      const b = itemWith(Y.createID(700, 0), { origin: Y.createID(800, 0) });
      return { doc, update: writeBlocks([{ client: 800, clock: 0, structs: [a] }, { client: 700, clock: 0, structs: [b] }]) };
    },
    { kind: "missing" },
  ],
  [
    "a chain whose last link is missing (A0 <- B0 <- A1 <- C0, no C)",
    () => {
      const doc = device(RELAY);
      doc.getText("t").insert(0, "x");
      const a0 = itemWith(Y.createID(800, 0), { origin: Y.createID(RELAY, 0) });
      const b0 = itemWith(Y.createID(700, 0), { origin: Y.createID(800, 0) });
      const a1 = itemWith(Y.createID(800, 1), { origin: Y.createID(700, 0) });
      const a2 = itemWith(Y.createID(800, 2), { rightOrigin: Y.createID(600, 3) });
      return { doc, update: writeBlocks([{ client: 800, clock: 0, structs: [a0, a1, a2] }, { client: 700, clock: 0, structs: [b0] }]) };
    },
    { kind: "missing", reason: "right-origin", client: 600, clock: 3 },
  ],
];

describe("findMissingDependency: what an honest client sends passes", () => {
  it.each(honest)("%s", (_label, scene) => {
    const { doc, update } = scene();
    expect(check(doc, update)).toBeNull();
    expect(yjsOutcome(doc, update)).toBe("applies");
  });
});

describe("findMissingDependency: an update that would leave something parked is named", () => {
  it.each(parked)("%s", (_label, scene, expected) => {
    const { doc, update } = scene();
    expect(check(doc, update)).toMatchObject(expected);
    expect(yjsOutcome(doc, update)).toBe("parks");
  });
});

describe("findMissingDependency: layouts no Yjs encoder writes", () => {
  const text = (client: number, clock: number, s: string, origin: Y.ID | null) =>
    new Y.Item(Y.createID(client, clock), null, origin, null, null, origin ? null : ("t" as never), null, new Y.ContentString(s));

  it.each<[string, () => Uint8Array]>([
    ["one client in two blocks, the second right after the first", () => writeBlocks([{ client: 5, clock: 0, structs: [text(5, 0, "a", null)] }, { client: 5, clock: 1, structs: [text(5, 1, "b", Y.createID(5, 0))] }])],
    ["one client in two blocks with another between", () => writeBlocks([{ client: 5, clock: 0, structs: [text(5, 0, "a", null)] }, { client: 6, clock: 0, structs: [text(6, 0, "x", null)] }, { client: 5, clock: 1, structs: [text(5, 1, "b", Y.createID(5, 0))] }])],
    ["an empty block", () => writeBlocks([{ client: 5, clock: 0, structs: [text(5, 0, "a", null)] }, { client: 6, clock: 0, structs: [] }])],
  ])("%s", (_label, make) => {
    expect(check(new Y.Doc(), make())).toEqual({ kind: "malformed", reason: "client-blocks" });
  });

  it("an item referring to a later clock of its own client (Yjs throws on it)", () => {
    const doc = new Y.Doc();
    const update = writeBlocks([{ client: 5, clock: 0, structs: [text(5, 0, "a", Y.createID(5, 4))] }]);
    expect(check(doc, update)).toEqual({ kind: "malformed", reason: "own-future-reference" });
    expect(yjsOutcome(doc, update)).toBe("throws");
  });

  it("bytes Yjs cannot decode throw", () => {
    expect(() => check(new Y.Doc(), new Uint8Array([0xff, 0xff, 0xff]))).toThrow();
    expect(() => check(new Y.Doc(), new Uint8Array([]))).toThrow();
  });
});

describe("findMissingDependency agrees with Yjs on seeded random traffic", () => {
  // Devices edit text, maps and nested maps, sync with each other, and the relay receives
  // their transaction updates, merges and step 2s in random order. For every update the
  // prediction must be what Yjs does on a copy; updates that would park are not applied
  // (as the room refuses them), the others are.
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("seed %i", (seed) => {
    const prng = new Prng(seed);
    const relay = device(RELAY);
    const phones = [device(101), device(202), device(303), device(404)];
    const outboxes = phones.map(() => [] as Uint8Array[]);
    phones.forEach((phone, i) => phone.on("update", (u: Uint8Array, origin: unknown) => origin !== "sync" && outboxes[i]!.push(u)));
    let parkedSeen = 0;
    let appliedSeen = 0;
    for (let step = 0; step < 300; step++) {
      const i = prng.int(0, phones.length - 1);
      const phone = phones[i]!;
      const r = prng.next();
      if (r < 0.4) {
        const t = phone.getText("t");
        if (t.length > 0 && prng.bool(0.3)) t.delete(prng.int(0, t.length - 1), 1);
        else t.insert(prng.int(0, t.length), prng.letters(1, 3));
      } else if (r < 0.55) {
        const m = phone.getMap("m");
        const inner = m.get("inner");
        if (inner instanceof Y.Map && prng.bool(0.6)) inner.set(prng.letters(1, 1), prng.int(0, 9));
        else if (prng.bool(0.3)) m.set("inner", new Y.Map());
        else m.set(prng.letters(1, 1), prng.int(0, 9));
      } else if (r < 0.65) {
        const other = phones[prng.int(0, phones.length - 1)]!;
        Y.applyUpdate(phone, Y.encodeStateAsUpdate(other, Y.encodeStateVector(phone)), "sync");
      } else if (r < 0.9) {
        const box = outboxes[i]!;
        if (box.length === 0) continue;
        const mode = prng.int(0, 3);
        const payloads =
          mode === 0 ? box.splice(0, 1)
          : mode === 1 ? [box.splice(prng.int(0, box.length - 1), 1)[0]!]
          : mode === 2 ? [Y.mergeUpdates(prng.shuffle(box.splice(0, prng.int(1, box.length))))]
          : [Y.encodeStateAsUpdate(phone, Y.encodeStateVector(relay))];
        for (const payload of payloads) {
          const predicted = check(relay, payload);
          const actual = yjsOutcome(relay, payload);
          expect(predicted === null ? "applies" : predicted.kind === "missing" ? "parks" : "throws", `seed ${seed} step ${step}`).toBe(actual);
          if (predicted === null) {
            Y.applyUpdate(relay, payload);
            appliedSeen++;
          } else parkedSeen++;
        }
      } else {
        Y.applyUpdate(phone, Y.encodeStateAsUpdate(relay, Y.encodeStateVector(phone)), "sync");
      }
    }
    expect(relay.store.pendingStructs).toBeNull();
    expect(relay.store.pendingDs).toBeNull();
    expect(appliedSeen).toBeGreaterThan(10);
    expect(parkedSeen).toBeGreaterThan(0);
  });
});
