import { expect, type Locator, type Page } from "@playwright/test";
import type { AppPage } from "./AppPage.ts";

export interface BudgetLineInput {
  label: string;
  /** option value, e.g. "dana_desa" */
  source?: string;
  /** as typed, e.g. "Rp 1.500.000" */
  amount?: string;
}

/** The Rencana screen: the year's activities, one activity's editor, the draft from the roster, the print sheet. */
export class PlanPage {
  constructor(readonly page: Page) {}

  /** The Rencana tab ("Plan" in English). */
  async open(app: AppPage, tab: string = "Rencana"): Promise<void> {
    await app.openTab(tab);
    await expect(this.page.getByTestId("plan-page")).toBeVisible();
  }

  /** "Rencana Kerja 2026" */
  title(): Locator {
    return this.page.getByTestId("plan-title");
  }

  /** "Tambah kegiatan": a new activity opens in the editor. */
  async addActivity(title: string): Promise<void> {
    await this.page.getByTestId("add-activity").click();
    await expect(this.editor()).toBeVisible();
    await this.field("title").fill(title);
    await this.field("title").press("Tab");
    await expect(this.editor().getByTestId("activity-heading")).toHaveText(title);
  }

  activity(title: string | RegExp): Locator {
    return this.page.getByTestId("plan-activity").filter({ has: this.page.getByTestId("plan-activity-link").getByText(title) });
  }

  async openActivity(title: string | RegExp): Promise<void> {
    await this.activity(title).getByTestId("plan-activity-link").click();
    await expect(this.editor()).toBeVisible();
  }

  editor(): Locator {
    return this.page.getByTestId("activity-editor");
  }

  field(name: string): Locator {
    return this.editor().locator(`[name="${name}"]`).first();
  }

  /** Types at the end (or the start) of a text field, key by key, as a person would. */
  async typeInto(name: string, text: string, at: "end" | "start" = "end"): Promise<void> {
    const field = this.field(name);
    await field.click();
    await this.page.keyboard.press(at === "end" ? "End" : "Home");
    await this.page.keyboard.type(text, { delay: 15 });
    await field.press("Tab");
  }

  /** A number field (target, indicator target, an amount): typed, then left, which saves it. */
  async setNumber(name: string, text: string, scope: Locator = this.editor()): Promise<void> {
    const input = scope.locator(`input[name="${name}"]`).first();
    await input.fill(text);
    await input.press("Tab");
  }

  async toggleMonth(name: string): Promise<void> {
    await this.editor().getByTestId("plan-months").getByRole("button", { name, exact: true }).click();
  }

  async choose(name: string, value: string): Promise<void> {
    await this.field(name).selectOption(value);
  }

  async addBudgetLine(line: BudgetLineInput): Promise<void> {
    const form = this.editor().getByTestId("plan-add-line");
    const before = await this.lines().count();
    await form.locator('input[name="newLabel"]').fill(line.label);
    if (line.source) await form.locator('select[name="source"]').selectOption(line.source);
    if (line.amount) await form.locator('input[name="newAmount"]').fill(line.amount);
    await form.getByRole("button", { name: "Tambah baris anggaran" }).click();
    await expect(this.lines()).toHaveCount(before + 1);
  }

  lines(): Locator {
    return this.editor().getByTestId("plan-line");
  }

  /** The amount input of the `index`-th budget line. */
  lineAmount(index = 0): Locator {
    return this.lines().nth(index).locator('input[name="amount"]');
  }

  conflicts(): Locator {
    return this.editor().getByTestId("plan-conflicts");
  }

  async chooseConflictValue(text: string): Promise<void> {
    await this.conflicts().getByTestId("plan-conflict-value").filter({ hasText: text }).getByRole("button", { name: "Pakai nilai ini" }).click();
  }

  /** "Jadikan kartu di papan" with an implementing OPD and a Ragapantas domain (option values). */
  async makeCard(agency: string, domain: string): Promise<void> {
    const form = this.editor().getByTestId("plan-make-card");
    await form.locator('select[name="cardAgency"]').selectOption(agency);
    await form.locator('select[name="cardDomain"]').selectOption(domain);
    await form.getByTestId("make-plan-card").click();
    await expect(this.editor().getByTestId("plan-card")).not.toHaveCount(0);
  }

  /** The activity's progress from its cards ("35 dari 35 keluarga terjangkau, ..."). */
  progress(): Locator {
    return this.editor().getByTestId("plan-progress");
  }

  history(): Locator {
    return this.editor().getByTestId("plan-history");
  }

  async openDraft(): Promise<Locator> {
    await this.page.getByTestId("open-draft").click();
    const draft = this.page.getByTestId("plan-draft");
    await expect(draft).toBeVisible();
    return draft;
  }

  proposal(key: string): Locator {
    return this.page.locator(`[data-testid="plan-proposal"][data-key="${key}"]`);
  }

  summary(): Locator {
    return this.page.getByTestId("plan-summary");
  }

  printSheet(): Locator {
    return this.page.getByTestId("plan-print");
  }
}
