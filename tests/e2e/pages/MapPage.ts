import { expect, type Locator, type Page } from "@playwright/test";

export interface RenderedPoint {
  id: string;
  status: string;
}

/** The Peta screen: the maplibre map exposes itself as window.__rembukMap. */
export class MapPage {
  constructor(readonly page: Page) {}

  canvas(): Locator {
    return this.page.getByTestId("map-canvas");
  }

  async expectReady(): Promise<void> {
    await expect(this.page.getByTestId("map-page")).toBeVisible();
    await expect(this.canvas()).toHaveAttribute("data-ready", "true");
  }

  /** One of the map's own buttons (zoom and the like), by its accessible name. */
  control(name: string | RegExp): Locator {
    return this.canvas().getByRole("button", { name });
  }

  /** The map's drawing surface, named for screen readers. */
  surface(): Locator {
    return this.canvas().locator("canvas");
  }

  /** Unclustered points drawn right now, sorted by id. */
  async renderedPoints(): Promise<RenderedPoint[]> {
    return this.page.evaluate(() => {
      const map = window.__rembukMap;
      if (!map || !map.loaded()) return [];
      return map
        .queryRenderedFeatures({ layers: ["points"] })
        .map((f) => ({ id: String(f.properties.id), status: String(f.properties.status) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    });
  }

  /** Point counts of the clusters drawn right now. */
  async renderedClusters(): Promise<number[]> {
    return this.page.evaluate(() => {
      const map = window.__rembukMap;
      if (!map || !map.loaded()) return [];
      return map.queryRenderedFeatures({ layers: ["clusters"] }).map((f) => Number(f.properties.point_count));
    });
  }

  /** Moves the view (as a person panning and zooming would, without animation). */
  async jumpTo(lon: number, lat: number, zoom: number): Promise<void> {
    await this.page.evaluate(([x, y, z]) => window.__rembukMap?.jumpTo({ center: [x!, y!], zoom: z! }), [lon, lat, zoom]);
  }

  /** Whether the map's current view shows this place. */
  async shows(lon: number, lat: number): Promise<boolean> {
    return this.page.evaluate(([x, y]) => window.__rembukMap?.getBounds().contains([x!, y!]) ?? false, [lon, lat]);
  }

  /** What the pick panel says about the tapped location: its verdict and text. */
  check(): Locator {
    return this.page.getByTestId("map-check");
  }

  async confirmPick(): Promise<void> {
    await this.page.getByTestId("map-pick-confirm").click();
    await expect(this.page.getByTestId("map-pick")).toContainText("Lokasi disimpan.");
  }

  doubtful(): Locator {
    return this.page.getByTestId("doubtful-location");
  }

  async zoomTo(zoom: number): Promise<void> {
    await this.page.evaluate((z) => window.__rembukMap?.jumpTo({ zoom: z }), zoom);
  }

  /** Screen position (page pixels) of a longitude/latitude on the map. */
  async pixelOf(lon: number, lat: number): Promise<{ x: number; y: number }> {
    const box = (await this.canvas().boundingBox())!;
    const p = await this.page.evaluate(([x, y]) => window.__rembukMap!.project([x!, y!]), [lon, lat]);
    return { x: box.x + p.x, y: box.y + p.y };
  }

  async tapAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.pixelOf(lon, lat);
    await this.page.mouse.click(x, y);
  }

  async tapCentre(): Promise<void> {
    await this.canvas().click();
  }

  selected(): Locator {
    return this.page.getByTestId("map-selected");
  }
}

/** The family's location panel: GPS with its accuracy, or a tap on the map. */
export class HouseholdLocationPanel {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId("household-location");
  }

  /** "Gunakan lokasi saya" with the context's geolocation, then keeps it; returns the accuracy text shown. */
  async useMyLocation(): Promise<string> {
    await this.page.getByTestId("location-use-mine").click();
    const fix = this.page.getByTestId("location-fix");
    await expect(fix).toBeVisible();
    const text = (await fix.textContent()) ?? "";
    await this.page.getByTestId("location-save").click();
    await expect(fix).toHaveCount(0);
    return text;
  }

  coords(): Locator {
    return this.page.getByTestId("location-coords");
  }
}
