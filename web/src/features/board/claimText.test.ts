import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../state/board.ts";
import { historyText } from "./claimText.ts";

const event = (patch: Partial<HistoryEvent>): HistoryEvent => ({ kind: "claim", claimId: "", interventionId: "", needId: "", by: "Pak Lurah", at: "", detail: "", ...patch });

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

  it("says which need was published and closed", () => {
    expect(historyText(event({ kind: "need", by: "Bidan Sari", detail: "pantas_tempat_tinggal jamban_tidak_layak" }))).toBe(
      "Bidan Sari mempublikasikan kebutuhan: jamban tidak layak (Pantas tempat tinggal)",
    );
    expect(historyText(event({ kind: "need", by: "Bidan Sari", detail: "pantas_sehat stunting" }))).toBe("Bidan Sari mempublikasikan kebutuhan: anak stunting (Pantas sehat)");
    expect(historyText(event({ kind: "need-closed", by: "Pak Lurah", detail: "family-deleted" }), { reason: "jamban_tidak_layak" })).toBe(
      "Pak Lurah menutup kebutuhan (jamban tidak layak: keluarga dihapus)",
    );
    expect(historyText(event({ kind: "need-closed", by: "Pak Lurah", detail: "verified" }))).toBe("Pak Lurah menutup kebutuhan (terverifikasi)");
  });
});
