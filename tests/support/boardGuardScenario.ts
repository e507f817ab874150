import * as Y from "yjs";
import {
  addComment, addIntervention, claim, claimTargetOf, claimsMap, closeNeed, confirmationsMap, historyArray, interventionsMap, moveIntervention,
  needsMap, publishNeed, readClaims, readInterventions, readNeeds, reassign, removeIntervention, updateIntervention, withdrawClaim, withdrawalsMap,
} from "@shared/crdt/index.ts";
import { writeInterventionDetails } from "@shared/crdt/board/details.ts";
import { commentsMap } from "@shared/crdt/board/layout.ts";
import { STATUSES, type InterventionStatus, type Role, type TokenPayload } from "@shared/model/index.ts";
import { nextStatuses } from "@shared/rules/index.ts";
import { Prng } from "@shared/testing/prng.ts";
import { generateBoard, BOARD_AGENCIES } from "@shared/testing/boardGenerator.ts";
import { BoardGuard, confirmClaims, type BoardVerdict } from "../../relay/src/rooms/boardPolicy.ts";
import { checkBoardUpdateFullSnapshot } from "./fullSnapshotBoardGuard.ts";

/**
 * The board guard's equivalence scenario: a relay doc judged by the incremental guard
 * (relay/src/rooms/boardPolicy.ts) and by the full-snapshot guard it replaced
 * (./fullSnapshotBoardGuard.ts), side by side, for every update devices send. Devices
 * of every role make honest edits through the board adapters and forgeries straight
 * on Yjs, go offline, and send what they hold one update at a time, merged, in reverse
 * order (structs that wait for a dependency) or as a sync step 2. The relay applies an
 * accepted update and confirms claims as the room does; a refused (or unparseable)
 * update closes that device, which comes back as a fresh install. All randomness comes
 * from the seed.
 */
export type Verdict = BoardVerdict | { thrown: true };

export interface Judgement {
  step: number;
  what: string;
  role: string;
  expected: Verdict;
  actual: Verdict;
}

export interface GuardScenarioResult {
  seed: number;
  judged: number;
  accepted: number;
  refused: number;
  noted: number;
  thrown: number;
  /** every reason seen, without the record id */
  reasons: Set<string>;
  mismatches: Judgement[];
  trace: string[];
}

const START = Date.UTC(2025, 5, 2);
const RELAY_CLIENT = 7;

/** A sender as the relay knows it: role, agency and the name its invite gave (the only one it may sign with). */
function tokenFor(role: Role, opd?: string): TokenPayload {
  return { v: 2, jti: `jti-${role}-${opd ?? ""}`, ws: "desa-uji", role, ...(opd ? { opd } : {}), name: `${role} ${opd ?? "desa"}`, iat: 0, exp: 2 ** 31 };
}

interface Device {
  index: number;
  token: TokenPayload;
  doc: Y.Doc;
  online: boolean;
  outbox: Uint8Array[];
}

/** Judges `payload` both ways; equal verdicts or both thrown. */
export function judgeBoth(relay: Y.Doc, guard: BoardGuard, payload: Uint8Array, token: TokenPayload): { expected: Verdict; actual: Verdict } {
  const run = (f: () => BoardVerdict): Verdict => {
    try {
      return f();
    } catch {
      return { thrown: true };
    }
  };
  const expected = run(() => checkBoardUpdateFullSnapshot(relay, payload, token));
  const actual = run(() => guard.check(payload, token));
  return { expected, actual };
}

export function passes(v: Verdict): boolean {
  return !("thrown" in v) && v.refused.length === 0;
}

export function runGuardScenario(seed: number, steps = 160): GuardScenarioResult {
  const prng = new Prng(seed);
  let clock = START;
  const now = (): Date => new Date((clock += prng.int(1, 600) * 1000));
  const id = (prefix: string): string => `${prefix}-${prng.nextUint32().toString(36)}`;

  const relay = new Y.Doc();
  const seedBoard = new Y.Doc();
  generateBoard(seedBoard, { needs: prng.int(4, 14), interventions: prng.int(2, 8), seed, devices: 6 });
  Y.applyUpdate(relay, Y.encodeStateAsUpdate(seedBoard));
  relay.clientID = RELAY_CLIENT;
  const guard = new BoardGuard(relay);

  const agencies = BOARD_AGENCIES.slice(0, 4);
  const tokens: TokenPayload[] = [
    tokenFor("lurah"), tokenFor("kader"), tokenFor("opd", agencies[0]), tokenFor("opd", agencies[1]), tokenFor("opd", agencies[2]), tokenFor("viewer"),
  ];
  const freshDoc = (): Y.Doc => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(relay), "relay");
    return doc;
  };
  const devices: Device[] = tokens.map((token, index) => ({ index, token, doc: freshDoc(), online: true, outbox: [] }));
  const listen = (device: Device): void => {
    device.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "relay") device.outbox.push(update);
    });
  };
  devices.forEach(listen);

  const result: GuardScenarioResult = { seed, judged: 0, accepted: 0, refused: 0, noted: 0, thrown: 0, reasons: new Set(), mismatches: [], trace: [] };
  const log = (line: string): void => {
    result.trace.push(line);
    if (result.trace.length > 40) result.trace.shift();
  };

  const receive = (device: Device): void => {
    Y.applyUpdate(device.doc, Y.encodeStateAsUpdate(relay, Y.encodeStateVector(device.doc)), "relay");
  };
  const reinstall = (device: Device): void => {
    device.doc.destroy();
    device.doc = freshDoc();
    device.outbox = [];
    listen(device);
  };

  /** Delivers payloads from one device in order; stops at the first the relay does not accept. */
  const deliver = (step: number, device: Device, payloads: Uint8Array[], how: string): void => {
    for (const payload of payloads) {
      const { expected, actual } = judgeBoth(relay, guard, payload, device.token);
      result.judged++;
      const role = `${device.token.role}${device.token.opd ? ` ${device.token.opd}` : ""}`;
      if (JSON.stringify(expected) !== JSON.stringify(actual)) result.mismatches.push({ step, what: how, role, expected, actual });
      if ("thrown" in expected) result.thrown++;
      else {
        for (const line of [...expected.refused, ...expected.noted]) result.reasons.add(line.replace(/^([a-z]+)\/[^:]*:/, "$1:"));
        if (expected.noted.length > 0) result.noted++;
      }
      if (!passes(expected)) {
        result.refused++;
        log(`  ${how} from ${role}: ${"thrown" in expected ? "thrown" : expected.refused.join("; ")}`);
        reinstall(device);
        return;
      }
      result.accepted++;
      Y.applyUpdate(relay, payload);
      confirmClaims(relay, now());
    }
    device.outbox = [];
  };

  for (let step = 0; step < steps; step++) {
    const device = prng.pick(devices);
    const r = prng.next();
    if (r < 0.45) {
      log(`${step}: device ${device.index} ${honestEdit(device, prng, now, id)}`);
    } else if (r < 0.62) {
      log(`${step}: device ${device.index} ${forgery(device, prng, now, id, agencies)}`);
    } else if (r < 0.85) {
      if (device.outbox.length === 0 && !prng.bool(0.3)) continue;
      const mode = prng.pick(["one by one", "merged", "reversed", "sync step 2"] as const);
      const payloads =
        mode === "one by one" ? [...device.outbox]
        : mode === "merged" ? [Y.mergeUpdates(device.outbox)]
        : mode === "reversed" ? [...device.outbox].reverse()
        : [Y.encodeStateAsUpdate(device.doc, Y.encodeStateVector(relay))];
      log(`${step}: device ${device.index} sends ${payloads.length} (${mode})`);
      deliver(step, device, payloads, mode);
      if (device.online) receive(device);
    } else if (r < 0.95) {
      for (const d of devices) if (d.online) receive(d);
    } else {
      device.online = !device.online;
      if (device.online) receive(device);
    }
  }
  guard.destroy();
  return result;
}

/** An edit the app itself would make for this role (sometimes one the relay still refuses: a viewer's). */
function honestEdit(device: Device, prng: Prng, now: () => Date, id: (p: string) => string): string {
  const doc = device.doc;
  const { role, opd } = device.token;
  const agency = opd ?? prng.pick(BOARD_AGENCIES);
  // the app signs with the name the relay keeps for its token (web/src/sync/sessions.ts)
  const name = device.token.name ?? role;
  const needs = readNeeds(doc);
  const cards = readInterventions(doc);
  const mine = cards.filter((c) => role !== "opd" || c.agency === opd);
  const r = prng.next();
  if (r < 0.15 && (role === "kader" || role === "lurah")) {
    const needId = id("n");
    publishNeed(doc, needId, { familyId: `kel-${prng.int(1, 9)}`, label: "Kel. A. B., RT 01", rt: prng.int(1, 5), domain: prng.pick(["pantas_sehat", "pantas_pangan"]), reason: "stunting" }, name, now());
    return `publishes ${needId}`;
  }
  if (r < 0.35 && needs.length > 0 && (role === "opd" || role === "lurah")) {
    const need = prng.pick(needs);
    const claimId = id("c");
    claim(doc, claimId, { target: claimTargetOf("need", need.id), familyId: need.familyId, domain: need.domain, agency, note: "" }, name, now());
    return `claims ${need.id} for ${agency} as ${claimId}`;
  }
  if (r < 0.42) {
    const own = readClaims(doc).filter((c) => role === "lurah" || c.agency === opd);
    if (own.length === 0) return "has no claim to withdraw";
    const c = prng.pick(own);
    withdrawClaim(doc, c.id, name, "tidak jadi", now());
    return `withdraws ${c.id}`;
  }
  if (r < 0.46 && role === "lurah") {
    const all = readClaims(doc);
    if (all.length === 0) return "has nothing to reassign";
    const c = prng.pick(all);
    reassign(doc, { id: id("r"), claimId: c.id, newClaimId: id("c"), toAgency: prng.pick(BOARD_AGENCIES), reason: "rembuk" }, name, now());
    return `reassigns ${c.id}`;
  }
  if (r < 0.55) {
    const cardId = id("i");
    doc.transact(() => {
      addIntervention(doc, cardId, { title: "Jamban sehat", agency, domain: "pantas_tempat_tinggal", status: "open" }, now(), name);
      writeInterventionDetails(doc, cardId, { description: "", target: "kampung" });
    });
    return `adds card ${cardId}`;
  }
  if (r < 0.72 && mine.length > 0) {
    const card = prng.pick(mine);
    const options = nextStatuses(card.status, role);
    if (options.length === 0) return `cannot move ${card.id}`;
    const to = prng.pick(options);
    moveIntervention(doc, card.id, to, { role, agency: opd ?? null, name }, now(), to === "verified" ? { date: "2025-06-30", note: "diterima" } : undefined);
    return `moves ${card.id} to ${to}`;
  }
  if (r < 0.8 && mine.length > 0) {
    const card = prng.pick(mine);
    writeInterventionDetails(doc, card.id, { description: prng.words(1, 6), funding: prng.pick(["APBD", "CSR", ""]) });
    return `edits details of ${card.id}`;
  }
  if (r < 0.86 && needs.length > 0 && (role === "kader" || role === "lurah")) {
    const need = prng.pick(needs);
    closeNeed(doc, need.id, name, now());
    return `closes ${need.id}`;
  }
  if (cards.length === 0) return "has no card to comment on";
  const card = prng.pick(cards);
  addComment(doc, id("k"), card.id, prng.words(1, 8), name, now());
  return `comments on ${card.id}`;
}

/** A JSON copy of an event (a nested one as its JSON), canonically equal to it. */
function plainCopy(event: unknown): unknown {
  return event instanceof Y.AbstractType ? event.toJSON() : (JSON.parse(JSON.stringify(event ?? null)) as unknown);
}

/** Something no honest app writes, straight on Yjs. */
function forgery(device: Device, prng: Prng, now: () => Date, id: (p: string) => string, agencies: readonly string[]): string {
  const doc = device.doc;
  const { role, opd } = device.token;
  const at = now().toISOString();
  const claims = readClaims(doc);
  const cards = readInterventions(doc);
  const history = historyArray(doc);
  const kind = prng.int(0, 28);
  switch (kind) {
    case 0: {
      const agency = prng.pick(agencies.filter((a) => a !== opd));
      const claimId = id("c");
      claim(doc, claimId, { target: claimTargetOf("family", "kel-1"), familyId: "kel-1", domain: "pantas_sehat", agency, note: "" }, "x", now());
      return `forges a claim for ${agency}`;
    }
    case 1:
    case 2: {
      if (claims.length === 0) return "finds no claim to edit";
      const c = prng.pick(claims);
      const map = claimsMap(doc).get(c.id);
      if (kind === 1 && map instanceof Y.Map) map.set(prng.pick(["agency", "note", "domain"]), prng.pick(["DLHK", "", "lain"]));
      else claimsMap(doc).delete(c.id);
      return `${kind === 1 ? "edits" : "deletes"} claim ${c.id}`;
    }
    case 3: {
      const key = claims.length > 0 && prng.bool(0.7) ? prng.pick(claims).id : id("c");
      if (prng.bool(0.7)) confirmationsMap(doc).set(key, { seq: prng.int(0, 3), at, rejected: null });
      else confirmationsMap(doc).delete(key);
      return `writes confirmation ${key}`;
    }
    case 4: {
      const withdrawn = [...withdrawalsMap(doc).keys()];
      if (withdrawn.length === 0) return "finds no withdrawal";
      const key = prng.pick(withdrawn);
      if (prng.bool(0.5)) withdrawalsMap(doc).delete(key);
      else withdrawalsMap(doc).set(key, prng.bool(0.5) ? { by: "x", at, reason: "lagi" } : { by: 3 });
      return `rewrites withdrawal ${key}`;
    }
    case 5: {
      const other = claims.filter((c) => c.agency !== opd);
      const key = other.length > 0 && prng.bool(0.8) ? prng.pick(other).id : "zz-unknown";
      withdrawalsMap(doc).set(key, { by: "x", at, reason: "" });
      return `withdraws ${key} of another agency`;
    }
    case 6: {
      if (claims.length === 0) return "has nothing to reassign";
      const c = prng.pick(claims);
      reassign(doc, { id: id("r"), claimId: c.id, newClaimId: id("c"), toAgency: prng.pick(agencies), reason: "paksa" }, "x", now());
      return `reassigns ${c.id} as ${role}`;
    }
    case 7: {
      publishNeed(doc, id("n"), { familyId: "kel-2", label: "Kel. C.", rt: 2, domain: "pantas_pangan", reason: "stunting" }, "x", now());
      return "publishes a need";
    }
    case 8: {
      const needs = [...needsMap(doc).keys()];
      if (needs.length === 0) return "finds no need";
      const key = prng.pick(needs);
      const map = needsMap(doc).get(key);
      if (prng.bool(0.5) || !(map instanceof Y.Map)) needsMap(doc).delete(key);
      else map.set("familyId", prng.pick(["", "kel-9", "__proto__"]));
      return `rewrites need ${key}`;
    }
    case 9:
    case 10: {
      if (cards.length === 0) return "finds no card";
      const card = prng.pick(cards);
      const map = interventionsMap(doc).get(card.id);
      const to: InterventionStatus = prng.pick(STATUSES);
      if (map instanceof Y.Map) map.set("status", to);
      return `sets ${card.id} (${card.agency}) from ${card.status} to ${to}`;
    }
    case 11: {
      if (cards.length === 0) return "finds no card";
      const card = prng.pick(cards);
      updateIntervention(doc, card.id, prng.bool(0.5) ? { title: "diubah" } : { agency: prng.pick(agencies) }, now(), "x");
      return `edits card ${card.id} (${card.agency})`;
    }
    case 12: {
      if (cards.length === 0) return "finds no card";
      const card = prng.pick(cards);
      removeIntervention(doc, card.id);
      return `removes card ${card.id} (${card.agency})`;
    }
    case 13: {
      const comments = [...commentsMap(doc).keys()];
      if (comments.length === 0) return "finds no comment";
      const key = prng.pick(comments);
      if (prng.bool(0.5)) commentsMap(doc).delete(key);
      else commentsMap(doc).set(key, { interventionId: cards[0]?.id ?? "i", text: "diubah", by: "x", at });
      return `rewrites comment ${key}`;
    }
    case 14: {
      commentsMap(doc).set(id("k"), { interventionId: cards[0]?.id ?? "i", text: prng.pick(["  ", "x".repeat(501), 5]), by: "x", at });
      return "writes a malformed comment";
    }
    case 15: {
      if (history.length === 0) return "finds no history";
      const i = prng.int(0, history.length - 1);
      history.delete(i, 1);
      return `deletes history event ${i}`;
    }
    case 16: {
      if (history.length === 0) return "finds no history";
      const i = prng.int(0, history.length - 1);
      const event = plainCopy(history.get(i));
      doc.transact(() => {
        history.delete(i, 1);
        history.insert(i, [event]);
      });
      return `replaces history event ${i} by a look-alike`;
    }
    case 17: {
      if (history.length === 0) return "finds no history";
      const i = prng.int(0, history.length);
      const copy = plainCopy(history.get(prng.int(0, history.length - 1)));
      history.insert(i, [prng.bool(0.5) ? copy : { kind: "status", claimId: "", interventionId: "", needId: "", by: "x", at, detail: "" }]);
      return `inserts an event at ${i} of ${history.length - 1}`;
    }
    case 18: {
      history.push([prng.pick([{ kind: "hack" }, "teks", 5, null])]);
      return "appends a malformed event";
    }
    case 19: {
      const nested = history.toArray().findIndex((e) => e instanceof Y.Map);
      if (nested >= 0 && prng.bool(0.6)) {
        (history.get(nested) as Y.Map<unknown>).set("detail", prng.words(1, 2));
        return `edits the nested event at ${nested}`;
      }
      const event = new Y.Map<unknown>();
      doc.transact(() => {
        history.push([event]);
        for (const [k, v] of Object.entries({ kind: "status", claimId: "", interventionId: "", needId: "", by: "x", at, detail: "" })) event.set(k, v);
      });
      return "appends a nested event";
    }
    case 20: {
      const name = prng.pick(["tersembunyi", "catatan"]);
      if (prng.bool(0.5)) doc.getMap(name).set("x", prng.words(1, 3));
      else doc.getText(`${name}-teks`).insert(0, "rahasia");
      return `writes a top-level ${name}`;
    }
    case 21: {
      const record = new Y.Map<unknown>();
      const text = new Y.Text("catatan");
      record.set("note", text);
      for (const [k, v] of Object.entries({ target: "family:kel-3", familyId: "kel-3", domain: "pantas_sehat", agency: opd ?? "DINKES", by: "x", createdAt: at })) record.set(k, v);
      claimsMap(doc).set(id("c"), record);
      return "claims with a nested text";
    }
    case 22: {
      // a nested map in a card the device may edit, then edits inside it
      const card = cards.find((c) => role !== "opd" || c.agency === opd);
      const map = card ? interventionsMap(doc).get(card.id) : undefined;
      if (!(map instanceof Y.Map)) return "finds no card of its own";
      const nested = map.get("extra");
      if (nested instanceof Y.Map) nested.set("k", prng.words(1, 2));
      else map.set("extra", new Y.Map());
      return `nests in card ${card?.id}`;
    }
    case 23: {
      if (cards.length === 0) return "finds no card";
      const card = prng.pick(cards);
      const map = interventionsMap(doc).get(card.id);
      if (map instanceof Y.Map) map.set(prng.pick(["funding", "dueDate", "x"]), prng.pick([Number.NaN, null, new Uint8Array([1, 2]), undefined, Number.POSITIVE_INFINITY]));
      return `writes an odd value into ${card.id}`;
    }
    case 24: {
      const record = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ target: "family:kel-4", familyId: "kel-4", domain: "pantas_sehat", agency: opd ?? "DINKES", by: "x", createdAt: at })) record.set(k, v);
      claimsMap(doc).set("__proto__", record);
      return "claims under __proto__";
    }
    case 25: {
      // a list item under a map root: a side doc that sees "claims" as an array
      const side = new Y.Doc();
      Y.applyUpdate(side, Y.encodeStateAsUpdate(doc));
      let captured: Uint8Array | null = null;
      side.on("update", (u: Uint8Array) => (captured = u));
      side.getArray(prng.pick(["claims", "comments"])).insert(0, [{ agency: "X" }]);
      if (captured) Y.applyUpdate(doc, captured);
      side.destroy();
      return "writes a list item under a record map";
    }
    case 26: {
      // a map entry on the history array: the snapshot never reads it
      const side = new Y.Doc();
      Y.applyUpdate(side, Y.encodeStateAsUpdate(doc));
      let captured: Uint8Array | null = null;
      side.on("update", (u: Uint8Array) => (captured = u));
      side.getMap("history").set("x", 1);
      if (captured) Y.applyUpdate(doc, captured);
      side.destroy();
      return "writes a map entry on the history";
    }
    case 27: {
      // the app's own writer, signed with someone else's name (the lurah may: she signs for others)
      if (cards.length === 0) return "finds no card";
      addComment(doc, id("k"), prng.pick(cards).id, "sudah", "Lurah Bambang Sutrisno", now());
      return "comments in another person's name";
    }
    default: {
      // several honest-looking events pushed at once, some at the front
      doc.transact(() => {
        for (let n = prng.int(1, 4); n > 0; n--) {
          const event = { kind: "status", claimId: "", interventionId: cards[0]?.id ?? "", needId: "", by: "x", at, detail: "open -> claimed" };
          if (prng.bool(0.3)) history.insert(0, [event]);
          else history.push([event]);
        }
      });
      return "pushes events, some at the front";
    }
  }
}
