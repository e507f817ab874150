import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { relayWithRoster } from "./support/relayWithRoster.ts";
import { addFamilyToDoc } from "./support/familyInDoc.ts";
import { iso } from "./support/dates.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

test.use({ viewport: { width: 412, height: 915 } });

const FAMILIES = 120;
const LONG_NAME = "Yohanes Fransiskus Xaverius Bria";
const REASON = "air minum tidak layak, jamban tidak layak, PUS terlalu tua";
// a family with no stunted child: its reason has the whole second line, four factors fit
const FOUR_FACTORS = "Agustinus Ndolu";
const FOUR_REASON = "air minum tidak layak, jamban tidak layak, PUS terlalu tua, PUS tidak ber-KB modern";

function yearsAgo(years: number, months = 0): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years, d.getMonth() - months, d.getDate() - 3);
  return iso(d);
}

/**
 * Issue 14, item 10: on a phone the roster cut off names, RT/RW and the KRS reason ("Kepala kel...",
 * "Bukan sa...", "KRS air ..."). A family is a card of two lines there: its head's name and RT/RW, then
 * KRS with its reason and the children's stunting category, each shown whole. On a laptop it stays a
 * one-line table row of seven columns.
 */
test("on a phone each family's row shows the head's whole name, RT/RW, KRS with its reason and stunting, none of it cut off", async ({ page, workspace }) => {
  const childBorn = yearsAgo(1, 6);
  // first in the list (RW 1, RT 1; the generated families are in RW 1-8, RT 1-15 too, so it is sorted among them by name)
  const relay = await relayWithRoster(workspace, FAMILIES, undefined, (doc) => {
    addFamilyToDoc(doc, {
      id: "kel-empat",
      fields: { kepala: FOUR_FACTORS, rt: 1, rw: 1, sumberAir: "sungai", jamban: "tidak_ada" },
      members: [
        { id: "m1", nama: FOUR_FACTORS, relation: "kepala", sex: "M", birthDate: yearsAgo(41) },
        { id: "m2", nama: "Yuliana Ndolu", relation: "istri", sex: "F", birthDate: yearsAgo(38), maritalStatus: "kawin", pregnant: false, contraception: "tidak", childrenCount: 1, lastBirthDate: yearsAgo(3) },
        { id: "m3", nama: "Rina Ndolu", relation: "anak", sex: "F", birthDate: yearsAgo(3) },
      ],
    });
    addFamilyToDoc(doc, {
      id: "kel-panjang",
      fields: { kepala: LONG_NAME, rt: 1, rw: 1, sumberAir: "sungai", jamban: "tidak_ada" },
      members: [
        { id: "m1", nama: LONG_NAME, relation: "kepala", sex: "M", birthDate: yearsAgo(40) },
        { id: "m2", nama: "Maria Goreti Ndolu", relation: "istri", sex: "F", birthDate: yearsAgo(37), maritalStatus: "kawin", pregnant: false, contraception: "modern", childrenCount: 1, lastBirthDate: childBorn },
        { id: "m3", nama: "Ana Bria", relation: "anak", sex: "F", birthDate: childBorn },
      ],
      measurements: [{ id: "u1", memberId: "m3", date: iso(new Date()), position: "lying", lengthCm: 70, weightKg: 8.1 }],
    });
  });
  try {
    const app = new AppPage(page, relay.url);
    const roster = new RosterPage(page);
    await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
    await expect(roster.count()).toHaveText(`${FAMILIES + 2} dari ${FAMILIES + 2} keluarga`);
    await page.getByTestId("roster-scroller").scrollIntoViewIfNeeded();

    const row = roster.rowOf(LONG_NAME);
    // who, where, why at risk, stunting (No. KK, members and desil are on the family's page)
    await expect(row.getByRole("cell")).toHaveText([LONG_NAME, "1/1", `KRS${REASON}`, "Sangat pendek"]);
    await expect(roster.rowOf(FOUR_FACTORS).getByRole("cell")).toHaveText([FOUR_FACTORS, "1/1", `KRS${FOUR_REASON}`, ""]);
    // the premise: the family's row is on screen, with generated families around it
    await expect(row).toBeInViewport();
    await expect.poll(() => roster.rows().count()).toBeGreaterThan(5);

    // two-line rows of one height, one under the other
    const phoneRow = await roster.rowHeight();
    expect(phoneRow).toBeGreaterThan(44);
    expect(await roster.rowSpacings()).toEqual([phoneRow]);

    // nothing in any row on screen is cut off, the long name and the three- and four-factor reasons included
    await expect.poll(() => roster.cellsCutOff(row)).toEqual([]);
    expect(await roster.cellsCutOff(roster.rowOf(FOUR_FACTORS))).toEqual([]);
    const cut: string[] = [];
    for (const each of await roster.rows().all()) if (await each.isVisible()) cut.push(...(await roster.cellsCutOff(each)));
    expect(cut).toEqual([]);
    expect(await roster.headersCutOff()).toEqual([]);
    await reviewScreenshot(page, "roster-phone");
    // the column headers fit a narrower phone too
    await page.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => roster.headersCutOff()).toEqual([]);

    // a laptop still has the one-line table of seven columns
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => roster.rowHeight()).toBe(44);
    await expect.poll(() => roster.rowSpacings()).toEqual([44]);
    await expect.poll(() => roster.shownCells(row)).toEqual([LONG_NAME, "1/1", "", "3", `KRS${REASON}`, "Sangat pendek", ""]);
    await expect.poll(() => roster.blankRowsOnScreen()).toBe(0);
  } finally {
    await relay.dispose();
  }
});
