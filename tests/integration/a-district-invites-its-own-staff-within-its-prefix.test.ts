import { expect, it } from "vitest";
import { api, districtToken, lurahToken, overview } from "./support/reports.ts";
import { startRelay } from "./support/relay.ts";

it("a district invites its own staff with its prefix or a narrower one, never wider, and a lurah mints no district token", async () => {
  const relay = await startRelay();
  const kota = districtToken(relay.storage, "53.71").token;

  const kecamatan = await api(relay.httpUrl, "/api/invites", kota, { method: "POST", body: { role: "district", wilayah: "53.71.01", name: "Staf Kec. Alak" } });
  expect(kecamatan.status).toBe(201);
  expect(kecamatan.body.wilayah).toBe("53.71.01");
  const same = await api(relay.httpUrl, "/api/invites", kota, { method: "POST", body: { role: "district" } });
  expect(same.body.wilayah).toBe("53.71");

  for (const [body, why] of [
    [{ role: "district", wilayah: "53" }, "wider"],
    [{ role: "district", wilayah: "53.72.01" }, "another kota"],
    [{ role: "district", wilayah: "53.71.1" }, "not segment-wise"],
    [{ role: "kader" }, "a village role"],
  ] as const) {
    const refused = await api(relay.httpUrl, "/api/invites", kota, { method: "POST", body });
    expect(refused.status, why).toBe(400);
    expect(typeof refused.body.message).toBe("string");
  }

  // the kecamatan's staff reads under 53.71.01 and invites under it, sees only those invites
  const staffToken = kecamatan.body.token as string;
  expect((await overview(relay.httpUrl, staffToken, "2026-04")).body.wilayah).toBe("53.71.01");
  expect((await api(relay.httpUrl, "/api/invites", staffToken, { method: "POST", body: { role: "district", wilayah: "53.71" } })).status).toBe(400);
  const listed = await api(relay.httpUrl, "/api/invites", staffToken);
  expect((listed.body.invites as Array<{ wilayah: string }>).map((i) => i.wilayah)).toEqual(["53.71.01"]);
  // nor revoke the kota's own token
  const kotaJti = (await api(relay.httpUrl, "/api/invites", kota)).body.invites as Array<{ jti: string; wilayah: string }>;
  const wide = kotaJti.find((i) => i.wilayah === "53.71")!;
  expect((await api(relay.httpUrl, `/api/invites/${wide.jti}`, staffToken, { method: "DELETE" })).status).toBe(404);

  const lurah = lurahToken(relay.storage, "desa-a");
  expect((await api(relay.httpUrl, "/api/invites", lurah, { method: "POST", body: { role: "district", wilayah: "53.71" } })).status).toBe(400);
});
