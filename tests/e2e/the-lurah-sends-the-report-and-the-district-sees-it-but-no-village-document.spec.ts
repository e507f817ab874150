import WebSocket from "ws";
import { DOC_KINDS } from "@shared/model/index.ts";
import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { DistrictPage } from "./pages/DistrictPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { ReportPage } from "./pages/ReportPage.ts";
import { SendReportPage } from "./pages/SendReportPage.ts";
import { districtToken, lastMonth, relayWithDistrict } from "./support/districtRelay.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

const PHONE = { width: 412, height: 915 };
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
/** "2026-11" as the month list says it: "November 2026" */
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const LAPTOP = { width: 1366, height: 768 };

/** The HTTP status the relay answers a sync upgrade with (null: the socket opened). */
/** The HTTP status of a refused upgrade (null: it opened); the token goes in the subprotocol list, as the app sends it. */
function upgradeStatus(url: string, token: string): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, ["rembuk", `rembuk-token.${token}`]);
    socket.on("open", () => {
      socket.terminate();
      resolve(null);
    });
    socket.on("unexpected-response", (_req, res) => {
      res.resume();
      socket.terminate();
      resolve(res.statusCode ?? -1);
    });
    socket.on("error", () => undefined);
  });
}

test("the lurah sends the month's report from a phone that lost signal, and a kecamatan user sees it among its villages, sees who has not reported, and opens no village document", async ({ browser, workspace }) => {
  const month = lastMonth();
  const relay = await relayWithDistrict([
    { id: workspace, kode: "53.71.04.1001", name: "Kelurahan Namosain" },
    { id: "oesapa", kode: "53.71.04.1002", name: "Kelurahan Nunbaun Sabu", reports: [{ schema: 1, month, indicators: { krs: 41, tbuSangatPendek: 2, tbuPendek: 6, balitaDiukur: 80, balitaSasaran: 100 }, byRw: [] }] },
    { id: "lasiana", kode: "53.71.04.1003", name: "Kelurahan Alak" },
    { id: "oebobo", kode: "53.71.02.1001", name: "Kelurahan Oebobo", reports: [{ schema: 1, month, indicators: { krs: 99 }, byRw: [] }] },
  ]);
  try {
    // the lurah, on a phone: two families, then "kirim laporan" with no signal
    const lurahContext = await browser.newContext({ viewport: PHONE });
    const lurah = new AppPage(await lurahContext.newPage(), relay.url);
    await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
    await lurah.expectSynced();
    const roster = new RosterPage(lurah.page);
    await roster.addHousehold({ kepala: "Yohanes Bria", rt: "1", rw: "1" });
    await roster.addHousehold({ kepala: "Siti Aminah", rt: "3", rw: "2" });
    // the report of a month goes up early the next month: the lurah opens last month's report and sends it
    const report = new ReportPage(lurah.page);
    await report.open();
    await report.chooseMonth(monthLabel(month));
    const send = new SendReportPage(lurah.page);
    await expect(send.panel()).toContainText("Terdaftar di server sebagai Kelurahan Namosain (53.71.04.1001)");
    await expect(send.number("Jumlah keluarga")).toHaveText("2");
    const krs = (await send.number("KRS").innerText()).trim();

    await lurahContext.setOffline(true);
    await send.send();
    await expect(send.states().first()).toHaveAttribute("data-state", "waiting");
    await expect(send.states().first()).toContainText("Menunggu sinyal");
    await lurahContext.setOffline(false);
    await expect(send.states().first()).toHaveAttribute("data-state", "received");
    await expect(send.states().first()).toContainText("versi 1");
    await reviewScreenshot(lurah.page, "send-report-phone", { fullPage: true });

    // a kecamatan user (Kelapa Lima, 53.71.04), on a laptop: the app opens into its screen, no village tab
    const districtContext = await browser.newContext({ viewport: LAPTOP });
    const page = await districtContext.newPage();
    const sockets: string[] = [];
    page.on("websocket", (ws) => sockets.push(ws.url()));
    const district = new DistrictPage(page, relay.url);
    await district.join(districtToken(relay, "53.71.04", "Staf Kecamatan Kelapa Lima"));
    await expect(page).toHaveURL(/#\/wilayah\/53\.71\.04$/);
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(district.status()).toHaveAttribute("data-status", "fresh");

    // its three villages, not the other kecamatan's; who has not reported; the numbers as sent
    await expect(district.summary()).toContainText("2 dari 3 desa/kelurahan sudah melapor");
    await expect(district.notReported()).toContainText("Kelurahan Alak");
    await expect(district.notReported()).not.toContainText("Nunbaun Sabu");
    expect(await district.names()).toEqual(["Kelurahan Namosain", "Kelurahan Nunbaun Sabu", "Kelurahan Alak"]);
    await expect(page.getByText("Kelurahan Oebobo")).toHaveCount(0);
    await expect(district.cell("Kelurahan Namosain", "krs")).toHaveText(krs);
    // measurements were not part of the lurah's draft: tidak ada data, not zero
    await expect(district.cell("Kelurahan Namosain", "prevalensi")).toHaveText("tidak ada data");
    await expect(district.cell("Kelurahan Nunbaun Sabu", "prevalensi")).toHaveText("10%");
    await expect(district.cell("Kelurahan Nunbaun Sabu", "cakupan")).toHaveText("80%");
    await expect(district.row("Kelurahan Alak")).toContainText("belum melapor");

    // sortable: KRS high to low, the village with no report last
    await district.sortBy("krs");
    const byKrs = Number(krs) > 41 ? ["Kelurahan Namosain", "Kelurahan Nunbaun Sabu"] : ["Kelurahan Nunbaun Sabu", "Kelurahan Namosain"];
    expect(await district.names()).toEqual([...byKrs, "Kelurahan Alak"]);
    await district.openTrend("Kelurahan Nunbaun Sabu");
    await expect(district.trend().getByTestId("trend-chart").locator("circle")).toHaveCount(1);
    await reviewScreenshot(page, "district-laptop");
    await page.setViewportSize(PHONE);
    await reviewScreenshot(page, "district-phone", { fullPage: true });

    // the district device never dialled a village socket, and the relay refuses its token on every document
    expect(sockets).toEqual([]);
    const token = districtToken(relay, "53.71.04");
    for (const doc of DOC_KINDS) {
      expect(await upgradeStatus(`ws://127.0.0.1:${relay.port}/sync/${workspace}/${doc}`, token), doc).toBe(403);
    }
    // from the district's own browser too: the socket never opens (a refused upgrade is a 1006 close there)
    const opened = await page.evaluate(async ({ url, token }) => {
      return await new Promise<{ opened: boolean; code: number }>((resolve) => {
        const ws = new WebSocket(url, ["rembuk", `rembuk-token.${token}`]);
        ws.onopen = () => resolve({ opened: true, code: 0 });
        ws.onclose = (e) => resolve({ opened: false, code: e.code });
      });
    }, { url: `ws://127.0.0.1:${relay.port}/sync/${workspace}/roster`, token });
    expect(opened).toEqual({ opened: false, code: 1006 });
    // and a village URL on this device shows no village (it has no session for it)
    await page.goto(`${relay.url}/#/w/${workspace}/keluarga`);
    await expect(page.getByText("Yohanes Bria")).toHaveCount(0);
    await expect(page.getByTestId("sync-status")).toHaveCount(0);

    await lurahContext.close();
    await districtContext.close();
  } finally {
    await relay.dispose();
  }
});
