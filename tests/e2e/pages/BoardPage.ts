import { expect, type Locator, type Page } from "@playwright/test";

export interface InterventionInput {
  title: string;
  agency?: string;
  /** option value, e.g. "pantas_tempat_tinggal" */
  domain?: string;
  rt?: string;
  /** with `rt`: RT numbers repeat across RWs, so an RT target names its RW */
  rw?: string;
  /** a published need's title, e.g. "Kel. Y. T., RT 03/RW 01: jamban tidak layak" */
  need?: string;
  /** YYYY-MM-DD */
  dueDate?: string;
  funding?: string;
  description?: string;
}

/** The Papan screen: Kanban, "Kebutuhan belum tertangani" and "Agensi saya". */
export class BoardPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole("navigation").getByRole("link", { name: "Papan" }).click();
    await expect(this.page.getByTestId("board-page")).toBeVisible();
  }

  async tab(name: "Papan" | "Kebutuhan belum tertangani" | "Agensi saya"): Promise<void> {
    await this.page.getByTestId("board-page").getByRole("tab", { name, exact: true }).click();
  }

  // ---- needs ----

  need(title: string): Locator {
    return this.page.getByTestId("need").filter({ has: this.page.getByTestId("need-title").getByText(title, { exact: true }) });
  }

  async claim(title: string): Promise<void> {
    await this.need(title).getByTestId("claim-need").click();
  }

  claimOf(title: string, agency: string): Locator {
    return this.need(title).locator(`[data-testid="claim"][data-agency="${agency}"]`);
  }

  /** The need's claims whose resolved status is `status` (data-status: "confirmed-winner", "pending", "withdrawn", ...). */
  claimsWithStatus(title: string, status: string): Locator {
    return this.need(title).locator(`[data-testid="claim"][data-status="${status}"]`);
  }

  /** "Sudah ditangani oleh DINSOS sejak 22 Nov 2026" on the need. */
  handledBy(title: string): Locator {
    return this.need(title).getByTestId("need-handled");
  }

  /** The one-tap "Klaim untuk <agency>" (a liaison) or "Klaim" (the lurah) on the need. */
  claimButton(title: string): Locator {
    return this.need(title).getByTestId("claim-need");
  }

  /** "Pindahkan ke OPD lain" on an agency's claim: the lurah's only. */
  reassignControl(title: string, agency: string): Locator {
    return this.claimOf(title, agency).getByTestId("reassign-claim");
  }

  /** Every "Pindahkan ke OPD lain" on the screen. */
  reassignControls(): Locator {
    return this.page.getByTestId("reassign-claim");
  }

  /** "Tarik klaim" on an agency's claim: the claim's own agency or the lurah. */
  withdrawControl(title: string, agency: string): Locator {
    return this.claimOf(title, agency).getByTestId("withdraw-claim");
  }

  /** The reason form a claim's "Tarik klaim" / "Pindahkan ke OPD lain" opens. */
  claimReasonForm(title: string, agency: string): Locator {
    return this.claimOf(title, agency).getByTestId("claim-reason-form");
  }

  /**
   * The lurah moves `agency`'s claim on the need to `toAgency`: "Pindahkan ke OPD lain", "OPD tujuan",
   * "Alasan (dicatat)", Simpan. An empty `reason` leaves the form open (it asks for one, see
   * claimReasonError); a second call then fills the open form.
   */
  async reassignClaim(title: string, agency: string, toAgency: string, reason: string): Promise<void> {
    const form = this.claimReasonForm(title, agency);
    if ((await form.count()) === 0) await this.reassignControl(title, agency).click();
    await form.getByRole("combobox", { name: "OPD tujuan" }).selectOption(toAgency);
    await form.getByRole("textbox", { name: "Alasan (dicatat)" }).fill(reason);
    await form.getByRole("button", { name: "Simpan" }).click();
    if (reason.trim()) await expect(form).toHaveCount(0);
  }

  /** "Tulis alasannya." under an open reason form. */
  claimReasonError(title: string, agency: string): Locator {
    return this.claimReasonForm(title, agency).getByRole("alert");
  }

  myClaims(section: "won" | "waiting" | "lostOrRejected" | "withdrawn"): Locator {
    return this.page.getByTestId(`mine-${section}`).getByTestId("my-claim");
  }

  // ---- kanban ----

  async addIntervention(i: InterventionInput): Promise<void> {
    await this.page.getByTestId("add-intervention").click();
    const form = this.page.getByTestId("intervention-form");
    await form.locator('input[name="title"]').fill(i.title);
    if (i.description !== undefined) await form.locator('textarea[name="description"]').fill(i.description);
    if (i.agency !== undefined) await form.locator('select[name="agency"]').selectOption(i.agency);
    if (i.domain !== undefined) await form.locator('select[name="domain"]').selectOption(i.domain);
    if (i.rt !== undefined) {
      await form.locator('select[name="targetKind"]').selectOption("rt");
      await form.locator('input[name="targetRt"]').fill(i.rt);
      if (i.rw !== undefined) await form.locator('input[name="targetRw"]').fill(i.rw);
    }
    if (i.need !== undefined) {
      await form.locator('select[name="targetKind"]').selectOption("need");
      await form.locator('select[name="targetNeed"]').selectOption({ label: i.need });
    }
    if (i.dueDate !== undefined) await form.locator('input[name="dueDate"]').fill(i.dueDate);
    if (i.funding !== undefined) await form.locator('input[name="funding"]').fill(i.funding);
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(form).toHaveCount(0);
  }

  card(title: string): Locator {
    return this.page.getByTestId("intervention-card").filter({ has: this.page.getByTestId("card-title").getByText(title, { exact: true }) });
  }

  column(status: "open" | "claimed" | "in_progress" | "delivered" | "verified"): Locator {
    return this.page.getByTestId(`column-${status}`);
  }

  /** The Kanban's status switcher on a narrow screen: one tab per status, named with its count ("Terbuka 2"). */
  statusTabs(): Locator {
    return this.page.getByTestId("status-switch").getByRole("tab");
  }

  /** On a narrow screen, shows the column of one status (a tap on its tab in the switcher). */
  async showStatus(status: "open" | "claimed" | "in_progress" | "delivered" | "verified"): Promise<void> {
    const tab = this.page.getByTestId("status-switch").locator(`[data-status="${status}"]`);
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
  }

  /** The statuses of the Kanban columns drawn on screen, left to right. */
  async visibleColumns(): Promise<string[]> {
    return this.page.locator("[data-testid^=column-]").evaluateAll((columns) =>
      columns
        .filter((c) => c.getBoundingClientRect().width > 0)
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((c) => c.getAttribute("data-status") ?? ""),
    );
  }

  /** The view switch (Papan / Kebutuhan belum tertangani / Agensi saya). */
  viewTabs(): Locator {
    return this.page.getByTestId("board-views").getByRole("tab");
  }

  /**
   * The board's inputs, selects and buttons drawn wider than the screen or past its edges (clipped, or
   * reached only by scrolling sideways), by their name or test id; and "page" when the page itself
   * scrolls sideways.
   */
  async controlsOffScreen(): Promise<string[]> {
    return this.page.getByTestId("board-page").evaluate((board) => {
      const out: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) out.push("page");
      for (const el of board.querySelectorAll<HTMLElement>("input, select, textarea, button")) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(el).visibility === "hidden") continue;
        if (box.left < -0.5 || box.right > window.innerWidth + 0.5) out.push(el.getAttribute("name") ?? el.dataset.testid ?? el.textContent?.trim() ?? el.tagName);
      }
      return out;
    });
  }

  async cardTitles(): Promise<string[]> {
    return (await this.page.getByTestId("card-title").allTextContents()).map((s) => s.trim()).sort();
  }

  async filter(patch: { agency?: string; domain?: string; rt?: string; rw?: string; due?: "" | "overdue" | "week" | "none" }): Promise<void> {
    const f = this.page.getByTestId("board-filters");
    // folded on a phone, open on a wide screen
    if (!(await f.isVisible())) await this.page.getByTestId("board-filter-toggle").click();
    if (patch.agency !== undefined) await f.locator('select[name="agency"]').selectOption(patch.agency);
    if (patch.domain !== undefined) await f.locator('select[name="domain"]').selectOption(patch.domain);
    if (patch.rt !== undefined) await f.locator('input[name="rt"]').fill(patch.rt);
    if (patch.rw !== undefined) await f.locator('input[name="rw"]').fill(patch.rw);
    if (patch.due !== undefined) await f.locator('select[name="due"]').selectOption(patch.due);
  }

  async move(title: string, statusLabel: string): Promise<void> {
    await this.card(title).getByRole("button", { name: `Pindah ke: ${statusLabel}` }).click();
  }

  async verify(title: string, note: string): Promise<void> {
    await this.card(title).getByRole("button", { name: "Verifikasi: diterima dan dimanfaatkan" }).click();
    const form = this.card(title).getByTestId("verify-form");
    await form.locator('textarea[name="note"]').fill(note);
    await form.getByRole("button", { name: "Simpan" }).click();
  }

  async comment(title: string, text: string): Promise<void> {
    const card = this.card(title);
    await card.locator('input[name="comment"]').fill(text);
    await card.getByRole("button", { name: "Kirim" }).click();
    await expect(card.getByTestId("card-comment").filter({ hasText: text })).toBeVisible();
  }

  async history(title: string): Promise<Locator> {
    await this.card(title).getByRole("button", { name: "Riwayat" }).click();
    return this.card(title).getByTestId("history-event");
  }

  // ---- the family's panel on its household page ----

  householdBoard(): Locator {
    return this.page.getByTestId("household-board");
  }

  /** The family's board events in its history on its household page ("Riwayat keluarga"). */
  householdHistory(): Locator {
    return this.page.getByTestId("family-history").getByTestId("history-event");
  }

  /** "Publikasikan ke papan: jamban tidak layak" on the household page. */
  async publishFromHousehold(reason: string): Promise<void> {
    await this.householdBoard().getByRole("button", { name: `Publikasikan ke papan: ${reason}` }).click();
    await expect(this.householdBoard().getByTestId("published-need").filter({ hasText: reason })).toBeVisible();
  }
}
