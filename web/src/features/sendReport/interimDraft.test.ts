import { describe, expect, it } from "vitest";
import { checkSentReport } from "@shared/model/index.ts";
import type { Irisan } from "@shared/rules/index.ts";
import { interimDraft, recentMonths } from "./interimDraft.ts";

const counts = (keluarga: number, krs: number) => ({ keluarga, krs, byBand: { desil1_4: 1, desil5_10: 2, tanpaDesil: krs - 3 }, gap: 1 });

describe("the lurah's interim draft", () => {
  it("holds the roster's KRS and irisan counts, per RW, nothing else, and passes the relay's check", () => {
    const irisan: Irisan = {
      counts: counts(20, 8),
      byRw: [
        { rw: 1, counts: counts(12, 5), rts: [] },
        { rw: null, counts: counts(8, 3), rts: [] },
      ],
      families: [],
    };
    const draft = interimDraft(irisan, "2026-04");
    expect(draft).toEqual({
      schema: 1,
      month: "2026-04",
      indicators: { jumlahKeluarga: 20, krs: 8, krsDesil1sd4: 1, krsDesil5sd10: 2, krsTanpaDesil: 5, krsDesil1sd4TanpaBantuan: 1 },
      byRw: [{ rw: 1, indicators: { jumlahKeluarga: 12, krs: 5, krsDesil1sd4: 1, krsDesil5sd10: 2, krsTanpaDesil: 2, krsDesil1sd4TanpaBantuan: 1 } }],
    });
    expect(checkSentReport(draft, new Date("2026-05-02T00:00:00Z")).ok).toBe(true);
  });

  it("offers the last twelve months, newest first", () => {
    const months = recentMonths(new Date(2026, 0, 15));
    expect(months).toHaveLength(12);
    expect(months.slice(0, 2)).toEqual(["2026-01", "2025-12"]);
    expect(months.at(-1)).toBe("2025-02");
  });
});
