import { describe, expect, it } from "vitest";
import { asTokenPayload } from "./token.ts";

const base = { v: 1, jti: "abc", iat: 1, exp: 2 };

describe("token payloads: a district's token carries a kode wilayah prefix, a village's a workspace", () => {
  it.each([
    ["a village role with a workspace", { ...base, ws: "desa-a", role: "kader" }, true],
    ["a village role with a wilayah", { ...base, ws: "desa-a", role: "kader", wilayah: "53.71" }, false],
    ["a district of a kota", { ...base, ws: "53.71", role: "district", wilayah: "53.71" }, true],
    ["a kecamatan's staff in the kota's space", { ...base, ws: "53.71", role: "district", wilayah: "53.71.01" }, true],
    ["a district reaching wider than its space", { ...base, ws: "53.71", role: "district", wilayah: "53" }, false],
    ["a district reaching into another kota", { ...base, ws: "53.71", role: "district", wilayah: "53.72.01" }, false],
    ["a district without a wilayah", { ...base, ws: "53.71", role: "district" }, false],
    ["a district on a workspace", { ...base, ws: "desa-a", role: "district", wilayah: "53.71" }, false],
    ["a district whose prefix is one village", { ...base, ws: "53.71", role: "district", wilayah: "53.71.01.1001" }, false],
    ["a village role on a district space", { ...base, ws: "53.71", role: "lurah" }, false],
  ])("%s: accepted %s", (_name, payload, ok) => {
    expect(asTokenPayload(payload) !== null).toBe(ok);
  });

  it("keeps the wilayah of a district token", () => {
    expect(asTokenPayload({ ...base, ws: "53.71", role: "district", wilayah: "53.71.01" })?.wilayah).toBe("53.71.01");
  });
});
