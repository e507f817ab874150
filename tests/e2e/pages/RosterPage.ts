import { expect, type Page } from "@playwright/test";

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
      const rows = scroller.querySelectorAll("[data-testid=household-row]").length;
      const top = Math.max(box.top + header, 0);
      const bottom = Math.min(box.top + scroller.clientHeight, window.innerHeight);
      let blanks = 0;
      for (let y = top + 22; y < bottom - 2; y += 44) {
        const hit = document.elementFromPoint(box.left + 20, y);
        if (!hit?.closest("[data-testid=household-row]")) blanks++;
      }
      return rows === 0 ? -1 : blanks;
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
