import { createSignal } from "solid-js";

/**
 * Hash routes: the server only ever serves index.html (and the service worker
 * serves it offline), and an invite token in the fragment never reaches a log.
 */
/** The workspace's tabs. */
export type TabSection = "keluarga" | "kunjungan" | "irisan" | "laporan" | "peta" | "papan" | "notulen" | "rencana" | "undangan" | "pengaturan";
/** Every section a route may name: the tabs, and screens opened from one (the import wizard, from Keluarga). */
export type Section = TabSection | "impor";
export type Route =
  | { name: "home" }
  | { name: "join"; token: string }
  /** section null: none or one this app does not know; the workspace opens the role's landing section instead */
  | { name: "workspace"; ws: string; section: Section | null; item: string | null }
  /** a district user's screen (role district): the reports of the villages under its kode wilayah, no village tabs */
  | { name: "district"; space: string };

/**
 * The workspace's tabs, in the order the tab bar shows them: the daily work first (the roster, a TPK's visits, the
 * board, the notulen: a phone's bottom bar shows these four), then the village's plan for the year (first under
 * "Lainnya", beside the board and the notulen it links to; in an OPD liaison's bar), then the map and the reports.
 */
export const SECTIONS: readonly TabSection[] = ["keluarga", "kunjungan", "papan", "notulen", "rencana", "peta", "irisan", "laporan", "undangan", "pengaturan"];
/** Sections reached from a screen rather than a tab: the import wizard (Keluarga -> Impor daftar). */
const OTHER_SECTIONS: readonly Section[] = ["impor"];

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "gabung") return { name: "join", token: new URLSearchParams(query).get("token") ?? "" };
  if (parts[0] === "wilayah" && parts[1]) return { name: "district", space: parts[1] };
  if (parts[0] === "w" && parts[1]) {
    const section = SECTIONS.includes(parts[2] as TabSection) || OTHER_SECTIONS.includes(parts[2] as Section) ? (parts[2] as Section) : null;
    return { name: "workspace", ws: parts[1], section, item: section ? (parts[3] ?? null) : null };
  }
  return { name: "home" };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case "home":
      return "#/";
    case "join":
      return `#/gabung?token=${encodeURIComponent(route.token)}`;
    case "district":
      return `#/wilayah/${encodeURIComponent(route.space)}`;
    case "workspace":
      if (!route.section) return `#/w/${encodeURIComponent(route.ws)}`;
      return `#/w/${encodeURIComponent(route.ws)}/${route.section}${route.item ? `/${encodeURIComponent(route.item)}` : ""}`;
  }
}

const [route, setRoute] = createSignal<Route>(parseRoute(typeof location !== "undefined" ? location.hash : ""));
if (typeof window !== "undefined") window.addEventListener("hashchange", () => setRoute(parseRoute(location.hash)));

export { route };

export function navigate(next: Route, replace = false): void {
  const href = hrefFor(next);
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  setRoute(parseRoute(href));
}
