import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readAreas, readBasemapUrl, readMaxDistanceKm, readRtPositions, writeAreas, writeBasemapUrl, writeMaxDistanceKm, writeRtPositions } from "./meta.ts";
import { parseAreas } from "../model/geo.ts";

describe("the map's part of the meta document", () => {
  it("keeps areas, RT positions and the basemap, and reads an untrusted peer's junk as nothing", () => {
    const doc = new Y.Doc();
    const parsed = parseAreas({ type: "FeatureCollection", features: [{ type: "Feature", properties: { rt: 4 }, geometry: { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }] });
    if (!parsed.ok) throw new Error("fixture");
    writeAreas(doc, parsed.areas);
    writeRtPositions(doc, { 4: { lat: -10, lon: 120 } });
    writeBasemapUrl(doc, " https://tiles.example/{z}/{x}/{y}.png ");
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(readAreas(peer)).toEqual(parsed.areas);
    expect(readRtPositions(peer)).toEqual({ 4: { lat: -10, lon: 120 } });
    expect(readBasemapUrl(peer)).toBe("https://tiles.example/{z}/{x}/{y}.png");

    writeRtPositions(peer, {});
    peer.getMap("geo").set("areas", { type: "FeatureCollection", features: "no" });
    peer.getMap("geo").set("basemapUrl", "javascript:alert(1)");
    peer.getMap("rtPositions").set("x", { lat: 1, lon: 2 });
    peer.getMap("rtPositions").set("5", { lat: 900, lon: 2 });
    expect(readAreas(peer)).toEqual([]);
    expect(readRtPositions(peer)).toEqual({});
    expect(readBasemapUrl(peer)).toBe("");
  });

  it("keeps the distance a house may be from the village, 10 km until the lurah sets another, and refuses one out of range", () => {
    const doc = new Y.Doc();
    expect(readMaxDistanceKm(doc)).toBe(10);
    expect(writeMaxDistanceKm(doc, 25)).toBe(true);
    expect(writeMaxDistanceKm(doc, 0)).toBe(false);
    expect(writeMaxDistanceKm(doc, 5000)).toBe(false);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(readMaxDistanceKm(peer)).toBe(25);
    peer.getMap("geo").set("maxDistanceKm", "jauh");
    expect(readMaxDistanceKm(peer)).toBe(10);
    peer.getMap("geo").set("maxDistanceKm", -3);
    expect(readMaxDistanceKm(peer)).toBe(10);
  });
});
