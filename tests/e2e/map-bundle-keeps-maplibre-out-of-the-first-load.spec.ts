import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "@playwright/test";

const dist = join(import.meta.dirname, "../../dist");

test("the first load does not carry maplibre-gl: only the map's lazy chunk does", () => {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const loaded = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(loaded.length).toBeGreaterThan(0);
  for (const file of loaded) {
    const code = readFileSync(join(dist, file), "utf8");
    expect(code, file).not.toMatch(/maplibre/i);
  }
  const lazy = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js") && !loaded.includes(`assets/${f}`) && /maplibregl/.test(readFileSync(join(dist, "assets", f), "utf8")));
  expect(lazy.length).toBeGreaterThan(0);
});
