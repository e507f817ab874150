import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { ImportPage } from "./pages/ImportPage.ts";
import { IrisanPage } from "./pages/IrisanPage.ts";
import { ReviewPage } from "./pages/ReviewPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { SettingsPage } from "./pages/SettingsPage.ts";
import { csvRows, listCsv, listXlsx, NAMOSAIN_KODE } from "./support/listFixtures.ts";

test.use({ viewport: { width: 412, height: 915 } });

const SET = "kelurahan-lists";

/** A family the social list surely names (its head's NIK on a PKH row) and whose head's name no other family has. */
function familyWithPkh(): { kepala: string; listId: string } {
  const [fh, ...families] = csvRows(SET, "bkkbn_pk.csv");
  const [sh, ...social] = csvRows(SET, "dinsos_dtsen.csv");
  const col = (header: string[], name: string) => header.indexOf(name);
  const names = new Map<string, number>();
  for (const f of families) names.set(f[col(fh!, "nama_kepala")]!, (names.get(f[col(fh!, "nama_kepala")]!) ?? 0) + 1);
  const pkhNik = new Set(social.filter((r) => r[col(sh!, "pkh")] === "1").map((r) => r[col(sh!, "nik")]!));
  const family = families.find((f) => pkhNik.has(f[col(fh!, "nik_kepala")]!) && names.get(f[col(fh!, "nama_kepala")]!) === 1 && /^[A-Za-z ]+$/.test(f[col(fh!, "nama_kepala")]!));
  if (!family) throw new Error("no such family in the fixture");
  return { kepala: family[col(fh!, "nama_kepala")]!, listId: family[col(fh!, "kode_keluarga")]! };
}

test("on a phone the lurah imports the family list and the social list, reviews doubtful pairs, and sees the irisan and a matched family's aid", async ({ page, relay, workspace }) => {
  test.setTimeout(420_000);
  const app = new AppPage(page, relay.url);
  const wizard = new ImportPage(page);
  const review = new ReviewPage(page);
  const roster = new RosterPage(page);
  await app.join(relay.token(workspace, "lurah", { name: "Lurah Namosain" }));
  await app.openTab("Pengaturan");
  await new SettingsPage(page).saveProfile({ name: "Kelurahan Namosain", kodeWilayah: NAMOSAIN_KODE });
  await app.openTab("Keluarga");

  // 1. the BKKBN family list into an empty roster: every family new
  await wizard.open();
  await wizard.chooseFile(listCsv(SET, "bkkbn_pk.csv"));
  await wizard.read();
  await wizard.match();
  await expect(wizard.changeCounts()).toHaveAttribute("data-new", "3120");
  await expect(wizard.changeCounts()).toHaveAttribute("data-gone", "0");
  await expect((await wizard.changes("new")).first()).toContainText("PK-01103");
  await wizard.save();
  await wizard.backToRoster();
  await expect(roster.count()).toHaveText("3.120 dari 3.120 keluarga");

  // 2. the Dinsos social list: most rows linked on the device, some doubtful, the rest not found
  await wizard.open();
  await wizard.chooseFile(listCsv(SET, "dinsos_dtsen.csv"));
  await wizard.read();
  await wizard.match();
  const linked = Number(await wizard.changeCounts().getAttribute("data-linked"));
  const doubtful = Number(await wizard.changeCounts().getAttribute("data-review"));
  expect(linked).toBeGreaterThan(2300);
  expect(doubtful).toBeGreaterThanOrEqual(3);
  await wizard.save();
  await wizard.openReview();

  // 3. three doubtful pairs: both records side by side, NIK masked, the evidence in Bahasa
  await expect(review.counts()).toHaveAttribute("data-open", String(doubtful));
  await expect(review.listSide()).toContainText(/\d{4}\*{8}\d{4}/);
  await expect(review.rosterSide()).toContainText(/\d{4}\*{8}\d{4}/);
  await expect(review.evidence().first()).toBeVisible();
  await expect(review.pair().getByTestId("review-evidence")).toContainText(/nama|NIK|RT|No\. KK|jalan/);
  const accepted = await review.shownRow();
  await review.decide("accept");
  const rejected = await review.shownRow();
  await review.decide("reject");
  const later = await review.shownRow();
  await review.decide("later");
  await expect(review.counts()).toHaveAttribute("data-open", String(doubtful - 3));
  await expect(review.counts()).toHaveAttribute("data-later", "1");
  // every decision recorded with who, when and the rule version
  await expect(review.log().filter({ hasText: "diterima" })).toHaveCount(1);
  await expect(review.log().first()).toContainText("Lurah Namosain");
  await expect(review.log().first()).toContainText(/aturan \S+/);
  expect(new Set([accepted, rejected, later]).size).toBe(3);

  // the pair left for later survives a reload; a decision can be undone
  await page.reload();
  await expect(review.counts()).toHaveAttribute("data-later", "1");
  await expect(page.locator(`[data-testid=review-pair][data-row="${later}"]`)).toHaveCount(0);
  await review.undo(rejected);
  await expect(review.counts()).toHaveAttribute("data-open", String(doubtful - 2));
  // undone, the rejection is no longer offered for undoing; the undo itself is recorded
  await expect(review.log().filter({ hasText: "dibatalkan" })).toHaveCount(1);
  await expect(page.getByTestId("review-log").locator(`li[data-row="${rejected}"]`).getByTestId("review-undo")).toHaveCount(0);

  // on a laptop the waiting pairs are a list; accept at once those above a chosen score
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByTestId("review-pair")).toHaveCount(Math.min(30, doubtful - 2 + 1));
  const waitingBefore = doubtful - 2 + 1;
  const taken = await review.bulkAccept();
  expect(taken).toBeGreaterThan(0);
  await expect(page.getByTestId("review-pair")).toHaveCount(Math.min(30, waitingBefore - taken));
  await expect(review.log().filter({ hasText: "diterima" }).first()).toBeVisible();
  await page.setViewportSize({ width: 412, height: 915 });

  // 4. the family list again, as an XLSX (a newer copy of the same list): found by its codes, nothing new
  await page.goto(`${relay.url}/#/w/${workspace}/impor`);
  await wizard.chooseFile(await listXlsx(SET, "bkkbn_pk.csv", "PK Namosain.xlsx", ["PENDATAAN KELUARGA 2026"]));
  await wizard.useSheet("Daftar");
  await wizard.read();
  await wizard.match();
  await expect(wizard.changeCounts()).toHaveAttribute("data-new", "0");
  await expect(wizard.changeCounts()).toHaveAttribute("data-gone", "0");
  await wizard.save();
  await wizard.backToRoster();
  await expect(roster.count()).toHaveText("3.120 dari 3.120 keluarga");

  // 5. the irisan: KRS by welfare band add up, some KRS are on the social list
  const irisan = new IrisanPage(page);
  await irisan.open();
  await expect(irisan.total()).toContainText("dari 3.120 keluarga");
  const number = async (key: string) => Number(((await irisan.count(key).locator(".irisan-number").textContent()) ?? "").replace(/\D/g, ""));
  const krs = await number("krs");
  expect(krs).toBeGreaterThan(0);
  expect((await number("desil1_4")) + (await number("desil5_10")) + (await number("tanpaDesil"))).toBe(krs);
  expect(await number("tanpaDesil")).toBeLessThan(krs);

  // 6. a family the social list names with PKH: its page shows the aid and where it came from
  const family = familyWithPkh();
  await app.openTab("Keluarga");
  await roster.search().fill(family.kepala);
  await roster.rows().filter({ hasText: family.kepala }).getByRole("link", { name: family.kepala }).click();
  await expect(page.getByTestId("source-family")).toContainText(family.listId);
  await expect(page.getByTestId("source-social").first()).toContainText("PKH");
  await expect(page.getByTestId("source-social").first()).toContainText("dinsos_dtsen.csv");
});
