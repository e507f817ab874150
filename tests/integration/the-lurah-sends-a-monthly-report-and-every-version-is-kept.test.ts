import { expect, it } from "vitest";
import { api, districtToken, lurahToken, overview, sendReport, sentReport } from "./support/reports.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";

it("the lurah sends the month's report: checked strictly, bound to the registered kode wilayah, every version kept, a retry kept once", async () => {
  const relay = await startRelay({ now: () => new Date("2026-05-10T03:00:00Z") });
  const lurah = lurahToken(relay.storage, "namosain");

  // no registration: cannot send, and says why
  const unregistered = await sendReport(relay.httpUrl, lurah, sentReport("2026-04", { krs: 10 }));
  expect(unregistered.status).toBe(409);
  expect(unregistered.body.message).toMatch(/belum didaftarkan/);

  relay.storage.registerWorkspace({ id: "namosain", kodeWilayah: "53.71.01.1001", name: "Kelurahan Namosain" }, Date.now());

  // names, text, unknown keys, a future month: refused with a clear message, nothing kept
  for (const [bad, message] of [
    [{ ...sentReport("2026-04", { krs: 10 }), kepala: "Yohanes Bria" }, /tidak dikenal/],
    [sentReport("2026-04", { krs: "Siti Aminah" as unknown as number }), /angka atau null/],
    [sentReport("2026-09", { krs: 1 }), /belum tiba/],
    [sentReport("2026-04", { krs: 1 }, [{ rw: 0, indicators: {} }]), /Nomor RW/],
    ["bukan json", /JSON/],
  ] as const) {
    const refused = await sendReport(relay.httpUrl, lurah, bad);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(message);
  }
  expect(relay.storage.listReportVersions("namosain", null)).toEqual([]);
  // the refusal is logged without what was sent
  expect(relay.log.lines.join("\n")).not.toMatch(/Siti|Yohanes/);

  // only the lurah sends
  expect((await sendReport(relay.httpUrl, token("namosain", "kader"), sentReport("2026-04", { krs: 10 }))).status).toBe(403);

  const first = await sendReport(relay.httpUrl, lurah, sentReport("2026-04", { krs: 10, balitaDiukur: null }, [{ rw: 1, indicators: { krs: 10 } }]), "kirim-1");
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ version: 1, kodeWilayah: "53.71.01.1001", villageName: "Kelurahan Namosain", month: "2026-04" });
  // the same send again (its answer was lost): the same version, not a second one
  const retry = await sendReport(relay.httpUrl, lurah, sentReport("2026-04", { krs: 10 }), "kirim-1");
  expect(retry.status).toBe(200);
  expect(retry.body).toMatchObject({ version: 1, duplicate: true });
  // a correction: version 2, current; both kept
  const second = await sendReport(relay.httpUrl, lurah, sentReport("2026-04", { krs: 12, balitaDiukur: null }), "kirim-2");
  expect(second.body).toMatchObject({ version: 2 });

  const sent = await api(relay.httpUrl, "/api/reports", lurah);
  expect((sent.body.reports as Array<{ month: string; version: number }>).map((r) => `${r.month}/${r.version}`)).toEqual(["2026-04/1", "2026-04/2"]);
  expect(sent.body.registered).toEqual({ kodeWilayah: "53.71.01.1001", name: "Kelurahan Namosain" });

  const district = districtToken(relay.storage, "53.71.01").token;
  const seen = await overview(relay.httpUrl, district, "2026-04");
  expect(seen.body.reports.map((r) => [r.version, r.indicators.krs, r.indicators.balitaDiukur])).toEqual([[2, 12, null]]);
  const history = await api(relay.httpUrl, "/api/district/reports/namosain?month=2026-04", district);
  expect((history.body.reports as Array<{ version: number; current: boolean; indicators: { krs: number } }>).map((r) => [r.version, r.indicators.krs, r.current])).toEqual([
    [1, 10, false],
    [2, 12, true],
  ]);
  expect(relay.log.lines.filter((l) => l.includes("report.received"))).toHaveLength(2);
});
