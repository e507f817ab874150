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
});
