import { describe, expect, it } from "vitest";
import { computeMonthlyReport } from "./compute.ts";
import { assessed, context, village } from "./fixtures.ts";

describe("7. data quality", () => {
  it("counts families missing NIK or RT/RW, invalid NIKs, unsettled conflicts and pairs waiting for a person", () => {
    const r = computeMonthlyReport({ ...context(), households: assessed(village()) });
    // b's wife has no NIK; g has no RT/RW; c's kepala has NIK "1234"; f has a conflict; 3 pairs wait
    expect(r.dataQuality).toEqual({ keluarga: 8, keluargaTanpaNik: 1, keluargaTanpaRtRw: 1, nikTidakSah: 1, konflik: 1, pasanganMeragukan: 3 });
  });

  it.each([
    ["a family with no member has no NIK", (h: ReturnType<typeof village>[number]) => ({ ...h, members: [] }), { keluargaTanpaNik: 2 }],
    ["RT recorded without RW", (h: ReturnType<typeof village>[number]) => ({ ...h, rw: null }), { keluargaTanpaRtRw: 2 }],
    ["two invalid NIKs in one family are two NIKs, one family", (h: ReturnType<typeof village>[number]) => ({ ...h, members: h.members.map((m) => ({ ...m, nik: "5371010000000000" })) }), { nikTidakSah: 4 }],
  ])("%s", (_, change, expected) => {
    const households = village();
    households[0] = change(households[0]!);
    expect(computeMonthlyReport({ ...context(), households: assessed(households) }).dataQuality).toMatchObject(expected);
  });
});

describe("1. identity", () => {
  it("names the village, the month, the day ages are taken on, the imports oldest first and the sync", () => {
    const r = computeMonthlyReport({ ...context({ sync: { online: false, pending: 4, pendingSince: "2026-11-21T01:00:00Z" } }), households: assessed(village()) });
    expect(r.identity).toEqual({
      name: "Kelurahan Namosain",
      kodeWilayah: "53.71.01.1001",
      month: "2026-11",
      referenceDate: "2026-11-22",
      generatedOn: "2026-11-22",
      households: 8,
      sources: [
        { kind: "keluarga", fileName: "pk_2026.csv", sheet: "", listName: "", at: "2026-11-20T03:00:00Z", by: "Bidan Ani", rows: 8 },
        { kind: "sosial", fileName: "dtsen_okt.xlsx", sheet: "Data", listName: "DTSEN Oktober 2026", at: "2026-11-21T02:00:00Z", by: "Pak Lurah", rows: 7 },
      ],
      sync: { online: false, pending: 4, pendingSince: "2026-11-21T01:00:00Z" },
    });
  });

  it("a month that has not begun cannot be reported", () => {
    expect(() => computeMonthlyReport({ ...context({ month: "2026-12" }), households: [] })).toThrow(/has not begun/);
  });
});

describe("built one household at a time", () => {
  it("gives the same report as in one call, whatever the order", async () => {
    const { startMonthlyReport } = await import("./compute.ts");
    const households = assessed(village());
    const builder = startMonthlyReport(context());
    for (const h of [...households].reverse()) builder.add(h);
    expect(builder.finish()).toEqual(computeMonthlyReport({ ...context(), households }));
  });
});
