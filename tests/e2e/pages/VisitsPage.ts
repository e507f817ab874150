import { expect, type Locator, type Page } from "@playwright/test";

export interface VisitInput {
  /** YYYY-MM-DD; the form starts at today */
  date?: string;
  /** directory names to tap besides the device's own (already chosen) */
  with?: string[];
  /** activity labels as the toggles show them, e.g. "Rujuk ke posyandu" */
  activities: string[];
  notes?: string;
  /** YYYY-MM-DD typed, or a quick choice: 7, 14 or 30 days after the visit */
  next?: string;
  nextInDays?: 7 | 14 | 30;
}

/** The visits (kunjungan pendampingan) on a family's page: record, read, the next visit due. */
export class FamilyVisits {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByTestId("visits");
  }

  form(): Locator {
    return this.section().getByTestId("visit-form");
  }

  /** Opens "Catat kunjungan", fills what is given and presses Simpan; the form closes. */
  async record(v: VisitInput): Promise<void> {
    await this.start();
    await this.fill(v);
    await this.save();
  }

  async start(): Promise<void> {
    await this.section().getByTestId("add-visit").click();
    await expect(this.form()).toBeVisible();
  }

  async fill(v: VisitInput): Promise<void> {
    const form = this.form();
    if (v.date !== undefined) await form.locator('input[name="date"]').fill(v.date);
    for (const name of v.with ?? []) await form.getByTestId("visit-visitors").getByRole("button", { name }).click();
    for (const activity of v.activities) await form.getByRole("button", { name: activity }).click();
    if (v.notes !== undefined) await form.locator('textarea[name="notes"]').fill(v.notes);
    if (v.next !== undefined) await form.locator('input[name="nextVisit"]').fill(v.next);
    if (v.nextInDays !== undefined) await form.getByRole("button", { name: `+${v.nextInDays} hari` }).click();
  }

  async save(): Promise<void> {
    await this.form().getByRole("button", { name: "Simpan" }).click();
    await expect(this.form()).toHaveCount(0);
  }

  /** The visits as listed, newest first. */
  rows(): Locator {
    return this.section().getByTestId("visit-row");
  }

  /** "Kunjungan berikutnya: ..." */
  next(): Locator {
    return this.section().getByTestId("visit-next");
  }
}

/** "Kunjungan saya" (#/w/<ws>/kunjungan): families due a visit, grouped by urgency. */
export class MyVisitsPage {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId("my-visits");
  }

  /** From the roster's title row on a phone. */
  async openFromRoster(): Promise<void> {
    await this.page.getByTestId("my-visits-link").click();
    await expect(this.root().getByRole("heading", { name: "Kunjungan saya" })).toBeVisible();
  }

  group(group: "terlambat" | "hariIni" | "segera" | "belumPernah"): Locator {
    return this.root().getByTestId(`due-group-${group}`);
  }

  family(kepala: string): Locator {
    return this.root().getByTestId("due-family").filter({ has: this.page.getByTestId("due-name").getByText(kepala, { exact: true }) });
  }

  /** The families' names as listed, top to bottom. */
  names(): Locator {
    return this.root().getByTestId("due-name");
  }

  /** Taps the family's card: its page opens. */
  async open(kepala: string): Promise<void> {
    await this.family(kepala).getByRole("link").click();
    await expect(this.page.getByTestId("household-kepala")).toHaveText(kepala);
  }
}
