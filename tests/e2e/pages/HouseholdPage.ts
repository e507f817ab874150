import { expect, type Locator, type Page } from "@playwright/test";

export interface MemberInput {
  nama: string;
  nik?: string;
  relation?: "kepala" | "istri" | "anak" | "lainnya";
  sex?: "M" | "F";
  /** YYYY-MM-DD */
  birthDate?: string;
}

export interface MeasurementInput {
  lengthCm?: string;
  weightKg?: string;
  /** YYYY-MM-DD; the form starts at today */
  date?: string;
}

/** One family's page (#/w/<ws>/keluarga/<id>): header, data, members, children's growth, conflicts. */
export class HouseholdPage {
  constructor(readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId("household-page");
  }

  /** Follows the kepala's link in the roster table. */
  async openFromRoster(kepala: string): Promise<void> {
    await this.page.getByTestId("household-row").filter({ hasText: kepala }).getByRole("link", { name: kepala }).click();
    await expect(this.page.getByTestId("household-kepala")).toHaveText(kepala);
  }

  krsReason(): Locator {
    return this.page.getByTestId("krs-reason");
  }

  /** Selects water source / jamban by their option values, e.g. { jamban: "tidak_ada" }; types the address. */
  async editHousehold(patch: { jamban?: string; sumberAir?: string; desil?: string; alamat?: string }): Promise<void> {
    await this.page.getByTestId("edit-household").click();
    const form = this.page.getByTestId("household-form");
    if (patch.alamat !== undefined) await form.locator('input[name="alamat"]').fill(patch.alamat);
    if (patch.jamban !== undefined) await form.locator('select[name="jamban"]').selectOption(patch.jamban);
    if (patch.sumberAir !== undefined) await form.locator('select[name="sumberAir"]').selectOption(patch.sumberAir);
    if (patch.desil !== undefined) await form.locator('input[name="desil"]').fill(patch.desil);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form).toHaveCount(0);
  }

  fact(field: "jamban" | "sumberAir"): Locator {
    return this.page.getByTestId(`fact-${field}`);
  }

  memberForm(): Locator {
    return this.page.getByTestId("member-form");
  }

  /** Opens the add-member form, fills what is given and presses Simpan (the form stays open if it says what to fix). */
  async openMemberForm(): Promise<void> {
    await this.page.getByTestId("add-member").click();
  }

  async addMember(m: MemberInput): Promise<void> {
    await this.openMemberForm();
    await this.fillMember(m);
    await this.memberForm().getByRole("button", { name: "Simpan" }).click();
  }

  async fillMember(m: MemberInput): Promise<void> {
    const form = this.memberForm();
    await form.locator('input[name="nama"]').fill(m.nama);
    if (m.nik !== undefined) await form.locator('input[name="nik"]').fill(m.nik);
    if (m.relation !== undefined) await form.locator('select[name="relation"]').selectOption(m.relation);
    if (m.sex !== undefined) await form.locator('select[name="sex"]').selectOption(m.sex);
    if (m.birthDate !== undefined) await form.locator('input[name="birthDate"]').fill(m.birthDate);
  }

  async saveMember(): Promise<void> {
    await this.memberForm().getByRole("button", { name: "Simpan" }).click();
  }

  memberErrors(): Locator {
    return this.memberForm().getByRole("alert");
  }

  nikWarnings(): Locator {
    return this.memberForm().getByTestId("nik-warnings");
  }

  member(nama: string): Locator {
    return this.page.getByTestId("member-row").filter({ has: this.page.getByTestId("member-name").getByText(nama, { exact: true }) });
  }

  child(nama: string): Locator {
    return this.page.getByTestId("child").filter({ has: this.page.getByRole("heading", { name: nama }) });
  }

  async addMeasurement(childName: string, m: MeasurementInput): Promise<Locator> {
    const child = this.child(childName);
    await child.getByTestId("add-measurement").click();
    const form = child.getByTestId("measurement-form");
    if (m.date !== undefined) await form.locator('input[name="date"]').fill(m.date);
    if (m.lengthCm !== undefined) await form.locator('input[name="lengthCm"]').fill(m.lengthCm);
    if (m.weightKg !== undefined) await form.locator('input[name="weightKg"]').fill(m.weightKg);
    return form;
  }

  /** Edits the child's only (or first) measurement and saves. */
  async editMeasurement(childName: string, m: MeasurementInput): Promise<void> {
    const child = this.child(childName);
    await child.getByTestId("edit-measurement").first().click();
    const form = child.getByTestId("measurement-form");
    if (m.lengthCm !== undefined) await form.locator('input[name="lengthCm"]').fill(m.lengthCm);
    if (m.weightKg !== undefined) await form.locator('input[name="weightKg"]').fill(m.weightKg);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form).toHaveCount(0);
  }

  conflicts(): Locator {
    return this.page.getByTestId("conflicts");
  }

  async chooseConflictValue(label: string): Promise<void> {
    await this.conflicts().getByRole("button", { name: `Pilih ${label}` }).click();
  }

  /** "Diubah juga di perangkat lain": values of ordinary fields a concurrent edit replaced. */
  replaced(): Locator {
    return this.page.getByTestId("replaced");
  }

  /** "Riwayat keluarga": the roster's changes and the board's events, newest first. */
  history(): Locator {
    return this.page.getByTestId("family-history");
  }

  historyLines(): Locator {
    return this.history().locator("li");
  }

  /** "Jejak di relay" (the lurah only): the roster updates that wrote this family, as the relay recorded them. */
  async openRelayTrail(): Promise<Locator> {
    await this.page.getByTestId("family-audit-open").click();
    return this.page.getByTestId("family-audit").getByTestId("audit-entry");
  }

  /** The recorded times of the history's lines, top to bottom. */
  async historyTimes(): Promise<string[]> {
    return this.historyLines().evaluateAll((lines) => lines.map((l) => l.getAttribute("data-at") ?? ""));
  }

  /** Deletes the family from its page: asks first, then lands on the roster saying so. */
  async deleteHousehold(): Promise<void> {
    await this.page.getByTestId("delete-household").getByRole("button", { name: "Hapus keluarga" }).click();
    await expect(this.page.getByTestId("delete-confirm")).toContainText("dapat memulihkannya selama 30 hari");
    await this.page.getByTestId("delete-household-yes").click();
    await expect(this.page.getByTestId("household-deleted-notice")).toBeVisible();
  }
}
