import { readHouseholds } from "@shared/crdt/roster/index.ts";
import { test, expect } from "./support/fixtures.ts";
import { generatedRosterDoc, kaderOnGeneratedRoster } from "./support/relayWithRoster.ts";

const FAMILIES = 300;
const FIRST = 6; // rows compared from the top of the list: all on screen at scroll 0

const lower = (name: string) => name.toLowerCase();
/** TanStack's text sort on the column's lower-cased names; names equal in lower case tie. */
const byName = (a: string, b: string) => (lower(a) < lower(b) ? -1 : lower(a) > lower(b) ? 1 : 0);

test("the roster sorts by head of family up and down, then goes back to its RW/RT order, also while searching", async ({ page, workspace }) => {
  const names = readHouseholds(generatedRosterDoc(FAMILIES)).map((h) => h.kepala);
  const ascending = [...names].sort(byName);
  const { relay, roster } = await kaderOnGeneratedRoster(page, workspace, FAMILIES);
  try {
    const header = roster.columnHeader("Kepala keluarga");
    await expect(header).toHaveAttribute("aria-sort", "none");
    await expect.poll(async () => (await roster.namesInListOrder()).length).toBeGreaterThanOrEqual(FIRST);
    const addressOrder = (await roster.namesInListOrder()).slice(0, FIRST);
    // the unsorted list is not already in name order (else this test could not tell the two apart)
    expect(addressOrder).not.toEqual(ascending.slice(0, FIRST));

    // the whole roster is sorted, not only the rows in view: the first rows are the first names of all 300
    await roster.sortBy("Kepala keluarga");
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect.poll(async () => (await roster.namesInListOrder()).slice(0, FIRST)).toEqual(ascending.slice(0, FIRST));

    await roster.sortBy("Kepala keluarga");
    await expect(header).toHaveAttribute("aria-sort", "descending");
    const descending = [...names].sort((a, b) => byName(b, a));
    await expect.poll(async () => (await roster.namesInListOrder()).slice(0, FIRST)).toEqual(descending.slice(0, FIRST));

    // a search keeps the chosen order among the families it finds
    await roster.search().pressSequentially("ma");
    await expect.poll(() => roster.shown()).toBeLessThan(FAMILIES);
    const found = await roster.namesInListOrder();
    expect(found.length).toBeGreaterThan(1);
    expect(found).toEqual([...found].sort((a, b) => byName(b, a)));
    await roster.search().clear();
    await expect(roster.count()).toHaveText(`${FAMILIES} dari ${FAMILIES} keluarga`);

    // a third click drops the sort: back to the roster's own order (RW, RT, name)
    await roster.sortBy("Kepala keluarga");
    await expect(header).toHaveAttribute("aria-sort", "none");
    await expect.poll(async () => (await roster.namesInListOrder()).slice(0, FIRST)).toEqual(addressOrder);
  } finally {
    await relay.dispose();
  }
});
