/**
 * A seeded intervention board of kelurahan size, for the relay guard's benchmark and
 * tests: needs published by the pokja, claims by agencies (some contested, some
 * withdrawn, a few reassigned by the lurah) confirmed by the "relay" in batches,
 * intervention cards with details that move along the status flow, and comments.
 * Everything is written through the board's CRDT adapters, so the document has the
 * shape the app and the relay write, history included. Writes come from many
 * device client ids (a board is written by many phones over months), and the
 * relay's confirmations from one more, so the document is as fragmented as a real one.
 * Same seed, same options: same board, bytes included.
 */
import type * as Y from "yjs";
import {
  addComment, addIntervention, claim, claimTargetOf, closeNeed, confirmNewClaims, historyArray, moveIntervention, publishNeed, reassign, withdrawClaim,
} from "../crdt/board.ts";
import { writeInterventionDetails, type InterventionTarget } from "../crdt/board/details.ts";
import { DEFAULT_DOMAINS, STATUSES, type InterventionStatus } from "../model/intervention.ts";
import type { Role } from "../model/roles.ts";
import { Prng } from "./prng.ts";

export interface BoardGeneratorOptions {
  needs: number;
  interventions: number;
  seed: number;
  /** device sessions that wrote the board (client ids), default 150 */
  devices?: number;
  /** the time of the first write, default 2025-01-06 */
  start?: Date;
}

export interface GeneratedCard {
  id: string;
  agency: string;
  status: InterventionStatus;
}

export interface GeneratedBoard {
  needs: string[];
  claims: Array<{ id: string; agency: string; withdrawn: boolean }>;
  cards: GeneratedCard[];
  comments: number;
  reassignments: number;
  historyEvents: number;
  /** the client id the generator's "relay" confirmed claims with */
  relayClientId: number;
}

export const BOARD_AGENCIES = ["DINKES", "DINSOS", "DLHK", "DP3A", "DP2KB", "BPBD", "BAZNAS", "PUPR"] as const;
const REASONS = ["stunting", "jamban_tidak_layak", "air_tidak_layak", "terlalu_muda", "terlalu_tua", "terlalu_dekat", "tidak_kb_modern", "rumah_tidak_layak"];
const INITIALS = [..."ABDEFHIJKLMNOPRSTWY"];
const CARD_TITLES = [
  "Jamban sehat", "PMT balita", "Sambungan air bersih", "Pendampingan ibu hamil", "Kelas ibu balita", "Bedah rumah",
  "Bantuan pangan", "Penyuluhan KB", "Tangki air hujan", "Sanitasi RT", "Posyandu keliling", "Telur untuk balita",
];
const WORDS = ["sudah", "dikunjungi", "besok", "bahan", "datang", "keluarga", "setuju", "jadwal", "posyandu", "RT", "tukang", "semen", "air", "mohon", "dibantu"];
const FUNDING = ["APBD", "Dana Desa", "CSR", "BAAS", ""];

/** The next status along PRODUCT.md's flow, and a role allowed to make the move. */
const FORWARD: Record<InterventionStatus, { to: InterventionStatus; role: Role } | null> = {
  open: { to: "claimed", role: "opd" },
  claimed: { to: "in_progress", role: "opd" },
  in_progress: { to: "delivered", role: "opd" },
  delivered: { to: "verified", role: "kader" },
  verified: null,
};

export function generateBoard(doc: Y.Doc, options: BoardGeneratorOptions): GeneratedBoard {
  const prng = new Prng(options.seed);
  let clock = (options.start ?? new Date("2025-01-06T01:00:00Z")).getTime();
  const now = (): Date => new Date((clock += prng.int(20, 900) * 1000));
  const id = (): string => {
    let out = "";
    for (let i = 0; i < 12; i++) out += prng.int(0, 255).toString(36).padStart(2, "0");
    return out;
  };
  const devices = Array.from({ length: options.devices ?? 150 }, () => prng.int(1, 2 ** 31 - 1));
  const relayClientId = prng.int(1, 2 ** 31 - 1);
  const asDevice = (): void => {
    doc.clientID = prng.pick(devices);
  };
  const relayConfirms = (): void => {
    doc.clientID = relayClientId;
    confirmNewClaims(doc, now());
  };
  const out: GeneratedBoard = { needs: [], claims: [], cards: [], comments: 0, reassignments: 0, historyEvents: 0, relayClientId };

  // needs: about 1.4 per family, in different domains
  const families = Array.from({ length: Math.max(1, Math.round(options.needs / 1.4)) }, (_, i) => `kel-${String(i + 1).padStart(5, "0")}`);
  const needKeys: Array<{ id: string; familyId: string; domain: string }> = [];
  for (let i = 0; i < options.needs; i++) {
    asDevice();
    const familyId = prng.pick(families);
    const domain = prng.pick(DEFAULT_DOMAINS);
    const rt = prng.int(1, 15);
    const label = `Kel. ${prng.pick(INITIALS)}. ${prng.pick(INITIALS)}., RT ${String(rt).padStart(2, "0")}`;
    const needId = id();
    if (publishNeed(doc, needId, { familyId, label, rt, domain, reason: prng.pick(REASONS) }, prng.bool(0.8) ? "Kader Yuli" : "Lurah", now())) {
      out.needs.push(needId);
      needKeys.push({ id: needId, familyId, domain });
    }
  }

  // claims on most needs, some contested; the relay confirms every few claims
  const live: Array<{ id: string; agency: string; familyId: string }> = [];
  for (const need of needKeys) {
    if (!prng.bool(0.75)) continue;
    const agencies = prng.bool(0.12) ? prng.shuffle(BOARD_AGENCIES).slice(0, 2) : [prng.pick(BOARD_AGENCIES)];
    for (const agency of agencies) {
      asDevice();
      const claimId = id();
      if (claim(doc, claimId, { target: claimTargetOf("need", need.id), familyId: need.familyId, domain: need.domain, agency, note: prng.bool(0.2) ? prng.pick(WORDS) : "" }, `Petugas ${agency}`, now())) {
        out.claims.push({ id: claimId, agency, withdrawn: false });
        live.push({ id: claimId, agency, familyId: need.familyId });
      }
      if (prng.bool(0.1)) relayConfirms();
    }
    if (prng.bool(0.2)) {
      asDevice();
      closeNeed(doc, need.id, "Kader Yuli", now(), "ditangani");
    }
  }
  relayConfirms();
  for (const c of out.claims) {
    if (!prng.bool(0.06)) continue;
    asDevice();
    c.withdrawn = withdrawClaim(doc, c.id, `Petugas ${c.agency}`, "tidak jadi", now());
  }
  for (const c of prng.shuffle(out.claims.filter((x) => !x.withdrawn)).slice(0, Math.round(out.claims.length * 0.01))) {
    asDevice();
    const newClaimId = id();
    const toAgency = prng.pick(BOARD_AGENCIES.filter((a) => a !== c.agency));
    if (reassign(doc, { id: id(), claimId: c.id, newClaimId, toAgency, reason: "rembuk stunting" }, "Lurah", now())) {
      c.withdrawn = true;
      out.claims.push({ id: newClaimId, agency: toAgency, withdrawn: false });
      out.reassignments++;
    }
  }
  relayConfirms();

  // intervention cards with details, moved along the flow, with comments
  for (let i = 0; i < options.interventions; i++) {
    asDevice();
    const cardId = id();
    const agency = prng.pick(BOARD_AGENCIES);
    const domain = prng.pick(DEFAULT_DOMAINS);
    const need = needKeys.length > 0 && prng.bool(0.6) ? prng.pick(needKeys) : null;
    const target: InterventionTarget = need ? `need:${need.id}` : prng.bool(0.5) ? `rt:${prng.int(1, 15)}` : "kampung";
    doc.transact(() => {
      addIntervention(doc, cardId, { title: `${prng.pick(CARD_TITLES)} ${i + 1}`, agency, domain, status: "open" }, now(), `Petugas ${agency}`);
      writeInterventionDetails(doc, cardId, {
        description: prng.bool(0.7) ? Array.from({ length: prng.int(3, 14) }, () => prng.pick(WORDS)).join(" ") : "",
        target,
        familyId: need?.familyId ?? "",
        targetLabel: need ? "Kel. keluarga sasaran" : target === "kampung" ? "" : `RT ${target.slice(3).padStart(2, "0")}`,
        dueDate: prng.bool(0.5) ? `2025-${String(prng.int(2, 12)).padStart(2, "0")}-${String(prng.int(1, 28)).padStart(2, "0")}` : "",
        funding: prng.pick(FUNDING),
      });
    });
    let status: InterventionStatus = "open";
    for (let steps = prng.int(0, STATUSES.length - 1); steps > 0; steps--) {
      const next: { to: InterventionStatus; role: Role } | null = FORWARD[status];
      if (!next) break;
      asDevice();
      const actor = { role: next.role, agency: next.role === "opd" ? agency : null, name: next.role === "opd" ? `Petugas ${agency}` : "Kader Yuli" };
      const verification = next.to === "verified" ? { date: new Date(clock).toISOString().slice(0, 10), note: "diterima dan dimanfaatkan" } : undefined;
      if (moveIntervention(doc, cardId, next.to, actor, now(), verification).ok) status = next.to;
    }
    for (let c = prng.int(0, 4); c > 0; c--) {
      asDevice();
      if (addComment(doc, id().slice(0, 16), cardId, Array.from({ length: prng.int(2, 10) }, () => prng.pick(WORDS)).join(" "), prng.pick(["Kader Yuli", `Petugas ${agency}`, "Lurah"]), now())) out.comments++;
    }
    out.cards.push({ id: cardId, agency, status });
  }
  out.historyEvents = historyArray(doc).length;
  return out;
}
