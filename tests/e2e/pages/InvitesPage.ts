import { expect, type Locator, type Page } from "@playwright/test";

/** The lurah's Undangan screen. */
export class InvitesPage {
  constructor(readonly page: Page) {}

  async createInvite(role: "lurah" | "kader" | "opd" | "viewer", name: string, opd?: string): Promise<string> {
    const form = this.page.getByTestId("invite-form");
    await form.locator('select[name="role"]').selectOption(role);
    await form.locator('input[name="name"]').fill(name);
    if (opd) await form.locator('select[name="opd"]').selectOption(opd);
    await form.getByRole("button", { name: "Buat tautan undangan" }).click();
    const link = this.page.getByTestId("invite-link");
    await expect(link).toHaveValue(/#\/gabung\?token=/);
    return link.inputValue();
  }

  link(): Locator {
    return this.page.getByTestId("invite-link");
  }

  /** The relay address the link carries (a select; absent when there is only one). */
  base(): Locator {
    return this.page.getByTestId("invite-base");
  }

  async pickBase(url: string): Promise<void> {
    await this.base().selectOption(url);
    await expect(this.link()).toHaveValue(new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/#/gabung\\?token=`));
  }

  /** The QR code's dark modules as rows of booleans, read from its SVG (uqr draws one square per module). */
  async qrModules(): Promise<boolean[][]> {
    const d = (await this.page.getByTestId("invite-qr").locator("svg path").getAttribute("d")) ?? "";
    const box = (await this.page.getByTestId("invite-qr").locator("svg").getAttribute("viewBox")) ?? "";
    const pixel = 10;
    const size = Number(box.split(" ")[2]) / pixel;
    const dark = new Set([...d.matchAll(/M(\d+),(\d+)h/g)].map((m) => `${Number(m[1]) / pixel},${Number(m[2]) / pixel}`));
    return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => dark.has(`${x},${y}`)));
  }

  /** The invite of the list named `name` (its own name, not a "dibuat oleh" that names it). */
  item(name: string): Locator {
    return this.page.getByTestId("invite-item").filter({ has: this.page.locator("strong").getByText(name, { exact: true }) });
  }

  /** "dibuat oleh ..." of an invite in the list. */
  mintedBy(name: string): Locator {
    return this.item(name).getByTestId("invite-minted-by");
  }

  /** The revoke button of an invite: it names how many invites its holder minted, revoked with it. */
  revokeButton(name: string): Locator {
    return this.item(name).getByRole("button", { name: /^Cabut/ });
  }

  notice(): Locator {
    return this.page.getByTestId("invite-notice");
  }

  async revoke(name: string): Promise<void> {
    await this.page.getByTestId("invite-item").filter({ hasText: name }).getByRole("button", { name: "Cabut" }).click();
    await expect(this.page.getByTestId("invite-item").filter({ hasText: name })).toContainText("dicabut");
  }
}
