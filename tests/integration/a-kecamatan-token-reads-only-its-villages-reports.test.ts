import { expect, it } from "vitest";
import { api, districtToken, lurahToken, overview, sendReport, sentReport } from "./support/reports.ts";
import { startRelay } from "./support/relay.ts";

it("a kecamatan token reads only the reports of the villages registered under its prefix, segment-wise, and sees who has not reported", async () => {
  const relay = await startRelay({ now: () => new Date("2026-05-10T03:00:00Z") });
  const villages = [
    ["namosain", "53.71.01.1001", "Namosain"],
    ["nunbaun-sabu", "53.71.01.1002", "Nunbaun Sabu"],
    ["alak-diam", "53.71.01.1003", "Alak (belum melapor)"],
    ["oebobo", "53.71.02.1001", "Oebobo"],
    ["kec-sepuluh", "53.71.10.1001", "Kecamatan 10"],
    ["kab-kupang", "53.01.01.2001", "Desa di Kabupaten Kupang"],
  ] as const;
  for (const [id, kode, name] of villages) relay.storage.registerWorkspace({ id, kodeWilayah: kode, name }, Date.now());
  for (const [id] of villages) {
    if (id === "alak-diam") continue;
    const answer = await sendReport(relay.httpUrl, lurahToken(relay.storage, id), sentReport("2026-04", { krs: id.length }));
    expect(answer.status, id).toBe(201);
  }

  const alak = districtToken(relay.storage, "53.71.01").token;
  const kota = districtToken(relay.storage, "53.71").token;

  const seen = await overview(relay.httpUrl, alak, "2026-04");
  expect(seen.status).toBe(200);
  expect(seen.body.villages.map((v) => v.workspace)).toEqual(["namosain", "nunbaun-sabu", "alak-diam"]);
  expect(seen.body.reports.map((r) => [r.workspace, r.month, r.indicators.krs])).toEqual([
    ["namosain", "2026-04", "namosain".length],
    ["nunbaun-sabu", "2026-04", "nunbaun-sabu".length],
  ]);
  expect(seen.body.months).toHaveLength(12);
  expect(seen.body.months.at(-1)).toBe("2026-04");

  // the kota sees its three kecamatan's villages (53.71.10 too), not the kabupaten's
  const wider = await overview(relay.httpUrl, kota, "2026-04");
  expect(wider.body.villages.map((v) => v.workspace).sort()).toEqual(["alak-diam", "kec-sepuluh", "namosain", "nunbaun-sabu", "oebobo"]);
  expect(wider.body.reports).toHaveLength(4);

  // a village of another kecamatan: not found for Alak, found for the kota
  expect((await api(relay.httpUrl, "/api/district/reports/oebobo?month=2026-04", alak)).status).toBe(404);
  const oebobo = await api(relay.httpUrl, "/api/district/reports/oebobo?month=2026-04", kota);
  expect(oebobo.status).toBe(200);

  // a village token reads no district overview; a district token sends no report
  expect((await overview(relay.httpUrl, lurahToken(relay.storage, "namosain"), "2026-04")).status).toBe(403);
  expect((await sendReport(relay.httpUrl, alak, sentReport("2026-04", { krs: 1 }))).status).toBe(403);
});
