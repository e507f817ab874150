import { expect, type Locator, type Page } from "@playwright/test";

export interface ActionItemInput {
  what: string;
  who?: string;
  agency?: string;
  /** YYYY-MM-DD */
  due?: string;
}

/** The Notulen screen: the meetings list and one meeting's page. */
export class MinutesPage {
  constructor(readonly page: Page) {}

  notes() {
    return this.page.getByTestId("meeting-notes");
  }

  async addMeeting(title: string, place: string): Promise<void> {
    await this.page.getByTestId("add-meeting").click();
    const form = this.page.getByTestId("meeting-form");
    await form.locator('input[name="title"]').fill(title);
    await form.locator('input[name="place"]').fill(place);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(this.notes()).toBeVisible();
  }

  async openMeeting(title: string): Promise<void> {
    await this.page.getByTestId("meeting-link").filter({ hasText: title }).click();
    await expect(this.notes()).toBeVisible();
  }

  /** Types at the end of the notes, key by key, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.notes().click();
    await this.page.keyboard.press("Control+End");
    await this.page.keyboard.type(text, { delay: 15 });
  }

  /** Fills the meeting's facts; each field saves when it is left. */
  async setDetails(d: { time?: string; chair?: string; noteTaker?: string }): Promise<void> {
    const form = this.page.getByTestId("meeting-details");
    for (const [name, value] of Object.entries(d)) {
      const input = form.locator(`input[name="${name}"]`);
      await input.fill(value);
      await input.press("Tab");
      await expect(input).toHaveValue(value);
    }
  }

  async addMemberAttendee(label: string): Promise<void> {
    const panel = this.page.getByTestId("attendees");
    await panel.locator('select[name="attendeeMember"]').selectOption({ label });
    await panel.getByRole("button", { name: "Tambah", exact: true }).click();
    await expect(panel.getByTestId("attendee").filter({ hasText: label.replace(/ \(.*\)$/, "") })).toBeVisible();
  }

  async addGuest(name: string, agency: string): Promise<void> {
    const panel = this.page.getByTestId("attendees");
    await panel.locator('input[name="guestName"]').fill(name);
    await panel.locator('input[name="guestAgency"]').fill(agency);
    await panel.getByRole("button", { name: "Tambah tamu" }).click();
    await expect(panel.getByTestId("attendee").filter({ hasText: name })).toBeVisible();
  }

  async addAgenda(text: string): Promise<void> {
    const panel = this.page.getByTestId("agenda");
    await panel.locator('input[name="agendaText"]').fill(text);
    await panel.getByRole("button", { name: "Tambah", exact: true }).click();
    await expect(panel.getByTestId("agenda-item").locator("input").last()).toHaveValue(text);
  }

  async addDecision(text: string): Promise<void> {
    const panel = this.page.getByTestId("decisions");
    await panel.locator('input[name="decisionText"]').fill(text);
    await panel.getByRole("button", { name: "Tambah", exact: true }).click();
    await expect(panel.getByTestId("decision").filter({ hasText: text })).toBeVisible();
  }

  async addActionItem(i: ActionItemInput): Promise<void> {
    const form = this.page.getByTestId("action-form");
    await form.locator('input[name="what"]').fill(i.what);
    if (i.who !== undefined) await form.locator('input[name="who"]').fill(i.who);
    if (i.agency !== undefined) await form.locator('select[name="agency"]').selectOption(i.agency);
    if (i.due !== undefined) await form.locator('input[name="due"]').fill(i.due);
    await form.getByRole("button", { name: "Tambah tindak lanjut" }).click();
    await expect(this.actionItem(i.what)).toBeVisible();
  }

  actionItem(what: string): Locator {
    return this.page.getByTestId("action-item").filter({ has: this.page.getByTestId("action-what").getByText(what, { exact: true }) });
  }

  /** "Jadikan kartu di papan" with a Ragapantas domain (option value, e.g. "pantas_tempat_tinggal"). */
  async makeCard(what: string, domain: string): Promise<void> {
    const item = this.actionItem(what);
    await item.locator('select[name="domain"]').selectOption(domain);
    await item.getByTestId("make-card").click();
    await expect(item.getByTestId("action-card-status")).toBeVisible();
  }

  cardStatus(what: string): Locator {
    return this.actionItem(what).getByTestId("action-card-status");
  }

  /** The other people writing the notes, as listed under the textarea. */
  remoteWriters(): Locator {
    return this.page.getByTestId("remote-writer");
  }

  remoteCarets(): Locator {
    return this.page.getByTestId("remote-caret");
  }

  printSheet(): Locator {
    return this.page.getByTestId("print-sheet");
  }

  /** The warning under the notes when they name a family or hold a NIK (the minutes are read by OPD). */
  personalDataWarning(): Locator {
    return this.page.getByTestId("personal-data-warning");
  }

  /** The pokja's internal notes (absent on devices that may not read them). */
  internalNotes(): Locator {
    return this.page.getByTestId("internal-notes-text");
  }

  /** Replaces the whole notes with `text`, typed key by key. */
  async retypeNotes(text: string): Promise<void> {
    await this.notes().click();
    await this.page.keyboard.press("Control+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.type(text, { delay: 10 });
  }

  /** The member directory (lurah only), opened. */
  async openDirectory(): Promise<Locator> {
    const directory = this.page.getByTestId("member-directory");
    if ((await directory.getAttribute("open")) === null) await directory.locator("summary").click();
    return directory;
  }

  /** The directory row of a member who has access. */
  directoryMember(name: string): Locator {
    return this.page.locator(`[data-testid=directory-member][data-name="${name}"]`);
  }
}
