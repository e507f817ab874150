import { describe, expect, it } from "vitest";
import { hrefFor, parseRoute, type Route } from "./route.ts";

describe("routes", () => {
  it.each<[string, Route]>([
    ["", { name: "home" }],
    ["#/", { name: "home" }],
    ["#/gabung?token=abc.def", { name: "join", token: "abc.def" }],
    ["#/w/desa-contoh/papan", { name: "workspace", ws: "desa-contoh", section: "papan", item: null }],
    ["#/w/desa-contoh/notulen/m1", { name: "workspace", ws: "desa-contoh", section: "notulen", item: "m1" }],
    ["#/w/desa-contoh/entah/x", { name: "workspace", ws: "desa-contoh", section: null, item: null }],
    ["#/w/desa-contoh", { name: "workspace", ws: "desa-contoh", section: null, item: null }],
    ["#/w/desa-contoh/irisan", { name: "workspace", ws: "desa-contoh", section: "irisan", item: null }],
    ["#/w/desa-contoh/laporan/2026-11", { name: "workspace", ws: "desa-contoh", section: "laporan", item: "2026-11" }],
  ])("parses %s", (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it("round-trips every route through its href", () => {
    const routes: Route[] = [
      { name: "home" },
      { name: "join", token: "a.b-c_d" },
      { name: "workspace", ws: "w1", section: "notulen", item: "x" },
      { name: "workspace", ws: "w1", section: null, item: null },
    ];
    for (const r of routes) expect(parseRoute(hrefFor(r))).toEqual(r);
  });
});
