import { describe, expect, it } from "vitest";
import type { HistoryEvent, ResolvedClaim } from "../../state/board.ts";
import { claimStatusText, historyText } from "./claimText.ts";

const event = (patch: Partial<HistoryEvent>): HistoryEvent => ({ kind: "claim", claimId: "", interventionId: "", needId: "", by: "Pak Lurah", at: "", detail: "", ...patch });

const claim = (patch: Partial<ResolvedClaim>): ResolvedClaim => ({
  id: "c1",
  target: "need:n1",
  familyId: "h1",
  domain: "pantas_tempat_tinggal",
  agency: "BAZNAS",
  by: "Pak Amir",
  createdAt: "2026-12-02T01:00:00Z",
  note: "",
  status: "lost",
  confirmation: { seq: 8, at: "2026-12-03T02:00:00Z", rejected: null },
  withdrawal: null,
  appointedBy: null,
  ...patch,
});

describe("historyText", () => {
  it("names a reassignment's agencies and reason, not the new claim's id", () => {
    const e = event({ kind: "reassign", claimId: "c1", detail: "DINSOS -> DLHK (2216726k125i134g011m001q): Program jamban sehat dipegang DLHK" });
    expect(historyText(e)).toBe("Pak Lurah memindahkan penanganan: DINSOS → DLHK: Program jamban sehat dipegang DLHK");
  });

  it("leaves a reason that itself looks like a reassignment alone", () => {
    const e = event({ kind: "reassign", detail: "A -> B (c2): salah catat: C -> D (x)" });
    expect(historyText(e)).toBe("Pak Lurah memindahkan penanganan: A → B: salah catat: C -> D (x)");
  });

  it("still drops the target id of a claim and names its domain", () => {
    expect(historyText(event({ kind: "claim", by: "Bu Rina", detail: "DINSOS need:n1 pantas_tempat_tinggal" }))).toBe("Bu Rina mengklaim: DINSOS Pantas tempat tinggal");
  });

  // issue 14, item 14: no seqs, ids or English codes in the lines people read, and every need named
  const needs = new Map([["n1", { reason: "jamban_tidak_layak" }], ["n2", { reason: "stunting" }]]);
  const needOf = (id: string) => needs.get(id);
  it.each([
    ["the relay's confirmation, without its seq", event({ kind: "confirm", by: "relay", claimId: "c1", detail: "seq 7" }), "Server mengonfirmasi klaim"],
    ["a published need, by its reason", event({ kind: "need", by: "Bidan Sari", needId: "n1", detail: "pantas_tempat_tinggal jamban_tidak_layak" }), "Bidan Sari mempublikasikan kebutuhan: jamban tidak layak (Pantas tempat tinggal)"],
    ["a published need for a stunted child", event({ kind: "need", by: "Bidan Sari", needId: "n2", detail: "pantas_pangan stunting" }), "Bidan Sari mempublikasikan kebutuhan: anak stunting (Pantas pangan)"],
    ["a need closed by a verification, in words", event({ kind: "need-closed", by: "Kader Yuli", needId: "n1", detail: "verified" }), "Kader Yuli menutup kebutuhan: jamban tidak layak (diterima dan dimanfaatkan)"],
    ["a need closed with a typed reason", event({ kind: "need-closed", by: "Kader Yuli", needId: "n2", detail: "sudah dibangun" }), "Kader Yuli menutup kebutuhan: anak stunting (sudah dibangun)"],
    ["a need closed because its family was deleted", event({ kind: "need-closed", by: "Pak Lurah", needId: "n1", detail: "family-deleted" }), "Pak Lurah menutup kebutuhan: jamban tidak layak (keluarga dihapus)"],
    ["a need this device does not know, closed", event({ kind: "need-closed", by: "Kader Yuli", needId: "n9", detail: "verified" }), "Kader Yuli menutup kebutuhan: diterima dan dimanfaatkan"],
  ])("says %s", (_, e, text) => {
    expect(historyText(e, needOf)).toBe(text);
  });
});

describe("claimStatusText", () => {
  it("says who handles the family a losing claim was for, and since when, not that an agency lost", () => {
    const winner = claim({ id: "c0", agency: "DINSOS", status: "confirmed-winner", confirmation: { seq: 7, at: "2026-12-03T06:00:00Z", rejected: null } });
    expect(claimStatusText(claim({}), winner)).toBe("Sudah ditangani oleh DINSOS sejak 3 Des 2026");
    expect(claimStatusText(claim({}), null)).toBe("Tidak berlaku: ada klaim lain yang lebih dulu");
  });
});
