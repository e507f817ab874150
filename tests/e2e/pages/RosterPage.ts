import { expect, type Locator, type Page } from "@playwright/test";

export interface HouseholdInput {
  kepala: string;
  rt: string;
  rw: string;
  noKk?: string;
}

/** The Keluarga screen. */
export class RosterPage {
  constructor(readonly page: Page) {}

  rows() {
    return this.page.getByTestId("household-row");
  }

  /** The row of the family at `position` in the list (rows are not in list order in the DOM). */
  rowAt(position: number) {
    return this.page.locator(`[data-testid=household-row][data-index="${position}"]`);
  }

  /** The list positions of the rows, top to bottom as drawn. */
  async positionsAsDrawn(): Promise<number[]> {
    return this.rows().evaluateAll((rows) =>
      rows
        .map((row) => ({ top: row.getBoundingClientRect().top, position: Number(row.getAttribute("data-index")) }))
        .sort((a, b) => a.top - b.top)
        .map((row) => row.position),
    );
  }

  /** The distinct distances, in px, between the tops of rows next to each other as drawn (one: the row height, when rows neither overlap nor leave gaps). */
  async rowSpacings(): Promise<number[]> {
    return this.rows().evaluateAll((rows) => {
      const tops = rows.map((row) => row.getBoundingClientRect().top).sort((a, b) => a - b);
      return [...new Set(tops.slice(1).map((top, i) => Math.round(top - tops[i]!)))];
    });
  }

  /** The list positions of the rows in the order Chromium's accessibility tree gives them to a screen reader. */
  async positionsAsScreenReaderReads(): Promise<number[]> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { nodes } = await cdp.send("Accessibility.getFullAXTree");
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      for (const group of nodes.filter((node) => node.role?.value === "rowgroup")) {
        const positions: number[] = [];
        for (const childId of group.childIds ?? []) {
          const child = byId.get(childId);
          if (child?.backendDOMNodeId === undefined) continue;
          const { node } = await cdp.send("DOM.describeNode", { backendNodeId: child.backendDOMNodeId });
          const attributes = node.attributes ?? [];
          const at = attributes.indexOf("data-index");
          if (at >= 0) positions.push(Number(attributes[at + 1]));
        }
        if (positions.length > 0) return positions;
      }
      return [];
    } finally {
      await cdp.detach();
    }
  }

  /** Head-of-family names of the rows in the DOM (those in view and a margin), in list order. */
  async namesInListOrder(): Promise<string[]> {
    return this.rows().evaluateAll((rows) =>
      rows
        .map((row) => ({ position: Number(row.getAttribute("data-index")), name: row.querySelector("[role=cell]")?.textContent?.trim() ?? "" }))
        .sort((a, b) => a.position - b.position)
        .map((row) => row.name),
    );
  }

  /** The row of the family whose head is `kepala`. */
  rowOf(kepala: string) {
    return this.rows().filter({ has: this.page.getByRole("link", { name: kepala, exact: true }) });
  }

  /** The height of one family's row in px (the table's rows all have one). */
  async rowHeight(): Promise<number> {
    return this.rows().first().evaluate((row) => row.getBoundingClientRect().height);
  }

  /**
   * The texts of the row's shown cells that do not fit their box: wider or taller than the cell
   * (cut off, or shortened with "..."), or laid out outside it, or the cell outside the screen.
   * Cells a layout leaves out (display: none) and empty cells are not counted.
   */
  async cellsCutOff(row: Locator): Promise<string[]> {
    return row.evaluate((el) => {
      const cut: string[] = [];
      for (const cell of el.querySelectorAll<HTMLElement>("[role=cell]")) {
        const text = cell.textContent?.trim() ?? "";
        if (getComputedStyle(cell).display === "none" || text === "") continue;
        const box = cell.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(cell);
        const outside = [...range.getClientRects()].some((r) => r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5));
        const offScreen = box.left < 0 || box.right > window.innerWidth;
        if (outside || offScreen || cell.scrollWidth > cell.clientWidth || cell.scrollHeight > cell.clientHeight) cut.push(text);
      }
      return cut;
    });
  }

  /** The column headers' labels that do not fit their button (shortened with "..."). */
  async headersCutOff(): Promise<string[]> {
    return this.page.getByRole("columnheader").evaluateAll((headers) =>
      headers
        .map((h) => h.querySelector("button") ?? h)
        .filter((b) => getComputedStyle(b.parentElement!).display !== "none" && b.scrollWidth > b.clientWidth)
        .map((b) => b.textContent?.trim() ?? ""),
    );
  }

  /** The texts of the row's cells the layout shows (a phone leaves some out), in order. */
  async shownCells(row: Locator): Promise<string[]> {
    return row.locator("[role=cell]").evaluateAll((cells) => cells.filter((c) => getComputedStyle(c).display !== "none").map((c) => c.textContent?.trim() ?? ""));
  }

  /** A column's header (its sort button's label starts with the column's name). */
  columnHeader(name: string) {
    return this.page.getByRole("columnheader").filter({ has: this.page.getByRole("button", { name: new RegExp(`^${name}`) }) });
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole("button").click();
  }

  search() {
    return this.page.getByTestId("roster-search");
  }

  /** "12 dari 300 keluarga" */
  count() {
    return this.page.getByTestId("roster-count");
  }

  /** How many families the count says are shown. */
  async shown(): Promise<number> {
    const text = (await this.count().textContent()) ?? "";
    return Number(text.split(" ")[0]!.replace(/\D/g, ""));
  }

  /**
   * Probes the part of the roster's scroller that is on screen, one point per row height, and
   * returns how many probes land on no family row (a blank where a row should be).
   */
  async blankRowsOnScreen(): Promise<number> {
    return this.page.getByTestId("roster-scroller").evaluate((scroller) => {
      const box = scroller.getBoundingClientRect();
      const header = scroller.querySelector(".roster-head")!.getBoundingClientRect().height;
      const rows = scroller.querySelectorAll("[data-testid=household-row]");
      const step = rows[0]?.getBoundingClientRect().height ?? 44;
      const top = Math.max(box.top + header, 0);
      // the screen ends where a bar fixed at its bottom (the phone's tab bar) begins: nothing under it is seen
      const bar = [...document.querySelectorAll("nav")].find((n) => getComputedStyle(n).position === "fixed");
      const bottom = Math.min(box.top + scroller.clientHeight, window.innerHeight, bar ? bar.getBoundingClientRect().top : Infinity);
      let blanks = 0;
      for (let y = top + step / 2; y < bottom - 2; y += step) {
        const hit = document.elementFromPoint(box.left + 20, y);
        if (!hit?.closest("[data-testid=household-row]")) blanks++;
      }
      return rows.length === 0 ? -1 : blanks;
    });
  }

  /** Opens the new-family form, fills it and presses Simpan (the form stays open when it says what to fix). */
  async submitNewHousehold(h: HouseholdInput): Promise<void> {
    await this.page.getByTestId("add-household").click();
    const form = this.page.getByTestId("household-form");
    await form.locator('input[name="kepala"]').fill(h.kepala);
    await form.locator('input[name="rt"]').fill(h.rt);
    await form.locator('input[name="rw"]').fill(h.rw);
    if (h.noKk !== undefined) await form.locator('input[name="noKk"]').fill(h.noKk);
    await form.getByRole("button", { name: "Simpan" }).click();
  }

  /** Adds a family: its page opens saying "Tersimpan"; then back to the list (the specs that add several work from it). */
  async addHousehold(h: HouseholdInput): Promise<void> {
    await this.submitNewHousehold(h);
    await expect(this.page.getByTestId("household-saved")).toBeVisible();
    await expect(this.page.getByTestId("household-kepala")).toHaveText(h.kepala);
    await this.page.getByTestId("back-to-roster").click();
    await expect(this.page.getByTestId("add-household")).toBeVisible();
  }

  /** Opens the family's page from its row, edits text fields in its form, and comes back to the table. */
  async editHousehold(kepala: string, patch: Partial<HouseholdInput>): Promise<void> {
    await this.rows().filter({ hasText: kepala }).getByRole("link", { name: kepala }).click();
    await this.page.getByTestId("edit-household").click();
    const form = this.page.getByTestId("household-form");
    for (const [field, value] of Object.entries(patch)) await form.locator(`input[name="${field}"]`).fill(value);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form).toHaveCount(0);
    await this.page.getByTestId("back-to-roster").click();
    await expect(this.page.getByTestId("roster-table")).toBeVisible();
  }

  /** The filters are folded on phones and open on wide screens: opens them either way. */
  async openFilters(): Promise<void> {
    if (!(await this.page.getByTestId("filter-factor").isVisible())) await this.page.getByTestId("filter-toggle").click();
    await expect(this.page.getByTestId("filter-factor")).toBeVisible();
  }

  formErrors() {
    return this.page.getByTestId("household-form").getByRole("alert");
  }

  /** Head-of-family names as shown, sorted: the comparable content of the table. */
  async names(): Promise<string[]> {
    const cells = await this.rows().locator("[role=cell]:first-child").allTextContents();
    return cells.map((c) => c.trim()).sort();
  }

  async expectNames(names: string[]): Promise<void> {
    await expect.poll(() => this.names()).toEqual([...names].sort());
  }
}
