import { networkInterfaces } from "node:os";
import { encode } from "uqr";
import { test, expect } from "./support/fixtures.ts";
import { RelayProcess } from "./support/relayProcess.ts";
import { AppPage } from "./pages/AppPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { QR_OPTIONS } from "../../web/src/features/invites/qrOptions.ts";

const PUBLIC_URL = "https://rembuk.desa-contoh.test";
const qrOf = (text: string) => encode(text, QR_OPTIONS).data;

/** This machine's first network IPv4 address, if it has one (the relay listens on 0.0.0.0 here). */
const networkIpv4 = Object.values(networkInterfaces())
  .flatMap((list) => list ?? [])
  .find((a) => a.family === "IPv4" && !a.internal && !a.address.startsWith("169.254."))?.address;

// The lurah opened the app as localhost, as the README's demo link says. The link must not say localhost
// (dead on a kader's phone): the relay's addresses are offered, best first, and the lurah may pick another.
// Only loopback links are ever opened here; the others are only shown.
test("the lurah's invite link carries the relay's address, as a QR code of the same link, with share where the browser has it and copy with feedback", async ({ browser, workspace }) => {
  const relay = new RelayProcess({ env: { PUBLIC_URL, HOST: "0.0.0.0" } });
  await relay.start();
  try {
    const lurahContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, permissions: ["clipboard-read", "clipboard-write"] });
    // a browser with the Web Share API (a phone's Chrome; WhatsApp is one of its targets): record what is shared
    await lurahContext.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(Navigator.prototype, "share", { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    const lurah = new AppPage(await lurahContext.newPage(), relay.url);
    await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
    await new RosterPage(lurah.page).addHousehold({ kepala: "Fransiskus Lake", rt: "1", rw: "1" });
    await lurah.openTab("Undangan");
    const invites = new InvitesPage(lurah.page);
    const first = await invites.createInvite("kader", "Ibu Bidan Ani");

    // the best guess is preselected: PUBLIC_URL; the machine's network address and localhost are offered too
    expect(first).toMatch(new RegExp(`^${PUBLIC_URL.replace(/\./g, "\\.")}/#/gabung\\?token=`));
    await expect(invites.base()).toHaveValue(PUBLIC_URL);
    const options = await invites.base().locator("option").evaluateAll((els) => els.map((o) => (o as HTMLOptionElement).value));
    expect(options[0]).toBe(PUBLIC_URL);
    expect(options.at(-1)).toBe(relay.url);
    if (networkIpv4) expect(options).toContain(`http://${networkIpv4}:${relay.port}`);
    expect(options.filter((o) => /localhost|127\.0\.0\.1/.test(o))).toEqual([relay.url]);
    await expect(lurah.page.getByTestId("invite-base-warning")).toHaveCount(0);

    // the QR code holds exactly the link shown
    await expect.poll(() => invites.qrModules()).toEqual(qrOf(first));

    // share hands the link to the browser's share sheet
    await lurah.page.getByTestId("invite-share").click();
    await expect.poll(() => lurah.page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.map((s) => s.url))).toEqual([first]);

    // the lurah picks localhost: warned that it opens on this computer only; link and QR follow
    await invites.pickBase(relay.url);
    await expect(lurah.page.getByTestId("invite-base-warning")).toBeVisible();
    const local = await invites.link().inputValue();
    expect(local.split("token=")[1]).toBe(first.split("token=")[1]);
    await expect.poll(() => invites.qrModules()).toEqual(qrOf(local));

    // copy, with feedback, puts the link on the clipboard
    await lurah.page.getByTestId("invite-copy").click();
    await expect(lurah.page.getByTestId("invite-feedback")).toHaveText("Tautan disalin");
    expect(await lurah.page.evaluate(() => navigator.clipboard.readText())).toBe(local);

    // the pick is kept for the next invite
    await lurah.page.reload();
    await expect(lurah.page.getByTestId("invite-form")).toBeVisible();
    const second = await invites.createInvite("kader", "Kader Budi");
    await expect(invites.base()).toHaveValue(relay.url);
    expect(second.startsWith(`${relay.url}/#/gabung?token=`)).toBe(true);

    // and the link works: a kader opening it is in the workspace
    const kaderContext = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const kader = new AppPage(await kaderContext.newPage(), relay.url);
    await kader.page.goto(local);
    await new RosterPage(kader.page).expectNames(["Fransiskus Lake"]);
    await lurahContext.close();
    await kaderContext.close();
  } finally {
    await relay.dispose();
  }
});

test("without the Web Share API there is no share button; copy still says the link was copied", async ({ browser, relay, workspace }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  await context.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  const lurah = new AppPage(await context.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await lurah.openTab("Undangan");
  const invites = new InvitesPage(lurah.page);
  const link = await invites.createInvite("opd", "Dinas Sosial", "DINSOS");
  await expect(lurah.page.getByTestId("invite-copy")).toBeVisible();
  await expect(lurah.page.getByTestId("invite-share")).toHaveCount(0);
  await expect.poll(() => invites.qrModules()).toEqual(qrOf(link));
  await lurah.page.getByTestId("invite-copy").click();
  await expect(lurah.page.getByTestId("invite-feedback")).toHaveText("Tautan disalin");
  expect(await lurah.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await context.close();
});
