import { readHouseholds } from "@shared/crdt/roster/index.ts";
import { assessHousehold, DEFAULT_SCREENING_SETTINGS } from "@shared/rules/index.ts";
import { draftFromRoster, toDraftFamily, type DraftProposal } from "@shared/rules/plan/index.ts";
import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { PlanPage } from "./pages/PlanPage.ts";
import { generatedRosterDoc, relayWithRoster } from "./support/relayWithRoster.ts";
import { iso } from "./support/dates.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

const HOUSEHOLDS = 300;
/** A4 landscape less the print margins (12 + 12 mm) in CSS pixels: the width the plan's table must fit in. */
const A4_LANDSCAPE_CONTENT_PX = Math.floor(((297 - 24) / 25.4) * 96);
const A4_PT = { long: 842, short: 595 };

/** What the draft must propose: the shared rule run on the same generated roster (counts only). */
function expectedProposals(): DraftProposal[] {
  const today = iso(new Date());
  return draftFromRoster(readHouseholds(generatedRosterDoc(HOUSEHOLDS)).map((h) => toDraftFamily(h, assessHousehold(h, DEFAULT_SCREENING_SETTINGS, today))));
}

test("the draft from the roster proposes counted activities, and the plan prints on A4: kop, activities, totals per source, signatures", async ({ browser, workspace }) => {
  const relay = await relayWithRoster(workspace, HOUSEHOLDS);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const app = new AppPage(page, relay.url);
    const plan = new PlanPage(page);
    await app.join(relay.token(workspace, "lurah", { name: "Pak Hasan" }));
    // the kop comes from the workspace profile
    await app.openTab("Pengaturan");
    const profile = page.getByTestId("profile-form");
    await profile.locator('input[name="name"]').fill("Kelurahan Namosain");
    await profile.locator('input[name="kodeWilayah"]').fill("53.71.01.1001");
    await profile.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByTestId("workspace-name")).toHaveText("Kelurahan Namosain");
    await plan.open(app);

    // the draft proposes what the roster holds, counts only, by RW for housing and for the village otherwise
    const expected = expectedProposals();
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.some((p) => p.template === "stunting")).toBe(true);
    const draft = await plan.openDraft();
    await expect(draft.getByTestId("plan-proposal")).toHaveCount(expected.length);
    const jamban = expected.find((p) => p.template === "jamban")!;
    const kb = expected.find((p) => p.key === "kb_modern@desa")!;
    await expect(plan.proposal(jamban.key).getByTestId("plan-proposal-target")).toHaveText(`Keluarga KRS dengan jamban tidak layak: ${jamban.count} keluarga`);
    await expect(plan.proposal(jamban.key)).toContainText(`RW ${jamban.rw}`);
    await expect(plan.proposal(kb.key).getByTestId("plan-proposal-target")).toHaveText(`Keluarga KRS dengan PUS tidak ber-KB modern: ${kb.count} keluarga`);
    const stunting = expected.find((p) => p.template === "stunting")!;
    const chosen = [jamban, kb, stunting];
    const titles = ["Pembangunan jamban sehat", "Pelayanan KB modern bagi PUS", "PMT lokal bagi balita pendek dan sangat pendek"];
    for (const p of chosen) {
      await plan.proposal(p.key).getByTestId("add-proposal").click();
      await expect(plan.proposal(p.key)).toContainText("Sudah di rencana");
    }
    await expect(page.getByTestId("plan-activity")).toHaveCount(3);

    // the pokja edits what the draft proposed: amounts, months, who is responsible
    const amounts = ["Rp 15.000.000", "Rp 4.500.000", "Rp 27.000.000"];
    for (const [i, p] of chosen.entries()) {
      await plan.openActivity(titles[i]!);
      await plan.setNumber("amount", amounts[i]!, plan.lines().first());
      await plan.toggleMonth("Mar");
      await plan.toggleMonth("Apr");
      await expect(plan.field("target")).toHaveValue(String(p.count));
    }
    await page.getByTestId("plan-year").locator("summary").click();
    for (const [name, value] of [["lurahName", "Hasan Basri"], ["ketuaName", "Yuliana Bria"], ["place", "Namosain"]] as const) {
      await page.getByTestId("plan-year").locator(`input[name="${name}"]`).fill(value);
      await page.getByTestId("plan-year").locator(`input[name="${name}"]`).press("Tab");
    }
    await page.getByTestId("approve-plan").click();
    await expect(page.getByTestId("plan-approved")).toContainText("Disetujui oleh Pak Hasan");
    await app.expectSynced();

    await plan.openActivity(titles[0]!);
    await reviewScreenshot(page, "plan-laptop");

    // the print sheet, laid out at the width of an A4 landscape page's content
    await page.setViewportSize({ width: A4_LANDSCAPE_CONTENT_PX, height: 800 });
    await page.emulateMedia({ media: "print" });
    const sheet = plan.printSheet();
    await expect(sheet).toBeVisible();
    await expect(sheet.getByTestId("plan-print-kop")).toContainText("KELURAHAN NAMOSAIN");
    await expect(sheet.getByTestId("plan-print-kop")).toContainText("53.71.01.1001");
    await expect(sheet.getByTestId("plan-print-title")).toContainText("RENCANA KERJA MASYARAKAT (RKM)");
    await expect(sheet.getByTestId("plan-print-title")).toContainText(`TAHUN ${new Date().getFullYear()}`);
    const rows = sheet.getByTestId("plan-print-row");
    await expect(rows).toHaveCount(3);
    await expect(rows.filter({ hasText: "Pembangunan jamban sehat" })).toContainText(`${jamban.count} keluarga`);
    await expect(rows.filter({ hasText: "Pembangunan jamban sehat" })).toContainText(`RW ${jamban.rw}`);
    await expect(rows.filter({ hasText: "Pembangunan jamban sehat" })).toContainText("Mar–Apr");
    await expect(rows.filter({ hasText: "Pembangunan jamban sehat" })).toContainText("15.000.000");
    await expect(sheet.getByTestId("plan-print-sources")).toContainText("Dana Desa");
    await expect(sheet.getByTestId("plan-print-total")).toHaveText("Rp 46.500.000");
    await expect(sheet.getByTestId("plan-print-signature-lurah")).toContainText("Hasan Basri");
    await expect(sheet.getByTestId("plan-print-signature-ketua")).toContainText("Ketua Pokja Kampung KB");
    await expect(sheet.getByTestId("plan-print-signature-ketua")).toContainText("Yuliana Bria");
    await expect(sheet.getByTestId("plan-print-signature-ketua")).toContainText("Namosain,");
    // nothing of the app prints, and nothing of the sheet runs past the page's width
    await expect(page.getByRole("navigation")).toBeHidden();
    await expect(plan.summary()).toBeHidden();
    const overflow = await sheet.evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      const cells = [...el.querySelectorAll("td, th, strong, span")].filter((c) => c.getBoundingClientRect().right > right + 0.5);
      return { scroll: el.scrollWidth - el.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth, cells: cells.length };
    });
    expect(overflow).toEqual({ scroll: 0, page: 0, cells: 0 });
    await reviewScreenshot(page, "plan-print", { fullPage: true });

    // printed, it is one A4 page in landscape (the plan's own page rule)
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes).toEqual([[A4_PT.long, A4_PT.short]]);

    await page.emulateMedia({ media: "screen" });
    await expect(sheet).toBeHidden();
    // the landscape page is the plan's alone: the notulen print on portrait A4 again
    await expect(page.locator("style[data-plan-page]")).toHaveCount(1);
    await app.openTab("Notulen");
    await expect(page.locator("style[data-plan-page]")).toHaveCount(0);
    await context.close();
  } finally {
    await relay.dispose();
  }
});
