import { expect, type Page } from "@playwright/test";

export interface ListFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The import wizard (Keluarga → Impor daftar): file, sheet, columns, preview. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId("open-import").click();
    await expect(this.page.getByTestId("import-file-step")).toBeVisible();
  }

  async chooseFile(file: ListFile | string): Promise<void> {
    await this.page.getByTestId("import-file").setInputFiles(file);
  }

  refusal() {
    return this.page.getByTestId("import-refused");
  }

  /** The sheet step: the sheet names as offered. */
  sheetOptions() {
    return this.page.getByTestId("import-sheet-step").locator(".import-choice strong");
  }

  async useSheet(name: string): Promise<void> {
    await this.page.getByTestId("import-sheet-step").getByRole("radio", { name: new RegExp(`^${name}`) }).check();
    await this.page.getByTestId("import-use-sheet").click();
  }

  kind() {
    return this.page.getByTestId("import-kind");
  }

  headerRow() {
    return this.page.getByTestId("import-header-row");
  }

  /** The select of one field (FieldId: "namaKepala", "nik", "desil"...). */
  field(field: string) {
    return this.page.getByTestId(`map-${field}`);
  }

  /** The header text of the column a field is mapped to ("" when none). */
  async mappedHeader(field: string): Promise<string> {
    const text = await this.field(field).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? "");
    return text.replace(/^Kolom [A-Z]+: /, "").replace(/^\(tidak ada\)$/, "");
  }

  async mapTo(field: string, header: string): Promise<void> {
    const select = this.field(field);
    const value = await select.evaluate((el: HTMLSelectElement, h) => [...el.options].find((o) => o.textContent?.endsWith(`: ${h}`))?.value ?? null, header);
    if (value === null) throw new Error(`no column ${header} for ${field}`);
    await select.selectOption(value);
  }

  async unmap(field: string): Promise<void> {
    await this.field(field).selectOption("");
  }

  remembered() {
    return this.page.getByTestId("import-remembered");
  }

  readButton() {
    return this.page.getByTestId("import-read");
  }

  async read(): Promise<void> {
    await this.readButton().click();
    await expect(this.page.getByTestId("import-preview-step")).toBeVisible({ timeout: 60_000 });
  }

  summary() {
    return this.page.getByTestId("import-summary");
  }

  blocking() {
    return this.page.getByTestId("import-blocking");
  }

  problemGroups() {
    return this.page.getByTestId("import-problem-groups").locator("li");
  }

  async openProblemRows() {
    await this.page.locator(".import-details summary").click();
    return this.page.getByTestId("import-problem-rows").locator("li");
  }

  sampleRows() {
    return this.page.getByTestId("import-sample").locator("tbody tr");
  }

  confirmButton() {
    return this.page.getByTestId("import-confirm");
  }

  /** From the preview: matches the list against the roster and waits for what will change. */
  async match(): Promise<void> {
    await this.confirmButton().click();
    await expect(this.page.getByTestId("import-changes-step")).toBeVisible({ timeout: 120_000 });
  }

  changeCounts() {
    return this.page.getByTestId("import-change-counts");
  }

  /** A section of the changes step ("new", "changed", "gone", "review", "linked", "unmatched"), opened. */
  async changes(section: string) {
    const details = this.page.getByTestId(`import-changes-${section}`);
    await details.locator("summary").click();
    return details.locator(".import-change-list > li");
  }

  async save(): Promise<void> {
    await this.page.getByTestId("import-save").click();
    await expect(this.page.getByTestId("import-saved-step")).toBeVisible({ timeout: 120_000 });
  }

  /** Presses Simpan without waiting for the end. */
  async startSave(): Promise<void> {
    await this.page.getByTestId("import-save").click();
    await expect(this.page.getByTestId("import-saving")).toBeVisible();
  }

  /** Simpan's bar ("import-save-progress"); its phase ("reading", "writing", "showing") is on import-save-phase. */
  saveProgress() {
    return this.page.getByTestId("import-save-progress").getByRole("progressbar");
  }

  savePhase() {
    return this.page.getByTestId("import-save-phase");
  }

  /** Notices of import batches written in part (data-state "writing", "rollingBack", "elsewhere"). */
  pendingNotices() {
    return this.page.getByTestId("import-pending");
  }

  /** Notices of batches this device had cut short and rolled back. */
  rolledBackNotices() {
    return this.page.getByTestId("import-rolled-back");
  }

  async another(): Promise<void> {
    await this.page.getByTestId("import-another").click();
    await expect(this.page.getByTestId("import-file-step")).toBeVisible();
  }

  async openReview(): Promise<void> {
    await this.page.getByTestId("import-saved-review").click();
    await expect(this.page.getByTestId("review-page")).toBeVisible();
  }

  async back(): Promise<void> {
    await this.page.getByTestId("import-back").click();
  }

  async backToRoster(): Promise<void> {
    await this.page.getByTestId("import-back-to-roster").click();
  }
}
