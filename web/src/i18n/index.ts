import { createSignal } from "solid-js";
import { id as coreId } from "./id.ts";
import { rosterId } from "./roster.ts";
import { householdId } from "./household.ts";
import { boardId } from "./board.ts";
import { settingsId } from "./settings.ts";
import { minutesId } from "./minutes.ts";
import { mapId } from "./map.ts";
import { internalId } from "./internal.ts";
import { invitesId } from "./invites.ts";
import { mapCheckId } from "./mapCheck.ts";
import { offlineId } from "./offline.ts";
import { shellId } from "./shell.ts";
import { importsId } from "./imports.ts";
import { familyChangesId } from "./familyChanges.ts";
import { districtId } from "./district.ts";
import { visitsId } from "./visits.ts";
import { reportId } from "./report.ts";

export type Locale = "id" | "en";

/** Messages are split by area (core, roster, household, settings, ...); each area's English must cover its Indonesian keys. */
const idMessages = {
  ...coreId,
  ...rosterId,
  ...householdId,
  ...settingsId,
  ...boardId,
  ...minutesId,
  ...mapId,
  ...internalId,
  ...invitesId,
  ...mapCheckId,
  ...offlineId,
  ...shellId,
  ...importsId,
  ...familyChangesId,
  ...districtId,
  ...visitsId,
  ...reportId,
};
export type MessageKey = keyof typeof idMessages;
const stored = typeof localStorage !== "undefined" ? localStorage.getItem("rembuk:locale") : null;
// the locale shown: English only once its dictionary has arrived (english.ts, its own chunk)
const [locale, setLocaleSignal] = createSignal<Locale>("id");
let english: Record<MessageKey, string> | null = null;

export { locale };

async function loadEnglish(): Promise<Record<MessageKey, string>> {
  english ??= (await import("./english.ts")).enMessages;
  return english;
}

/** Switches the language; English is fetched first (a moment on the first switch, from the precache offline). */
export async function setLocale(next: Locale): Promise<void> {
  if (next === "en") await loadEnglish();
  localStorage.setItem("rembuk:locale", next);
  document.documentElement.lang = next;
  setLocaleSignal(next);
}

/** At start: the language chosen before on this device (main.tsx waits for it before the first paint). */
export async function restoreLocale(): Promise<void> {
  if (stored === "en") await setLocale("en").catch(() => undefined);
  else document.documentElement.lang = "id";
}

/** Translates a key, filling {placeholders}. Reactive: re-runs when the locale changes. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = (locale() === "en" && english ? english : idMessages)[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * Intl formatters are costly to build (a tenth of a millisecond each on a slow
 * phone, and the roster formats on every repaint): one per locale and kind.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, make: (tag: string) => T): T {
  const tag = locale() === "id" ? "id-ID" : "en-GB";
  const key = `${kind}:${tag}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make(tag)));
  return f as T;
}

/** "22 Nov 2026" (PRODUCT.md); English uses the same day-month-year order. */
export function formatDate(value: Date | string | number): string {
  const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return formatter("date", (tag) => new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric" }))
    .format(date)
    .replace(/\./g, "");
}

export function formatDateTime(value: number): string {
  const time = formatter("time", (tag) => new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit" })).format(value);
  return `${formatDate(value)} ${time}`;
}

/** "10.15" for a moment of today, else "20 Nov 2026 10.15": how long ago matters more than the date. */
export function formatSince(value: number, now = Date.now()): string {
  const time = formatter("time", (tag) => new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit" })).format(value);
  return new Date(value).toDateString() === new Date(now).toDateString() ? time : `${formatDate(value)} ${time}`;
}

/** Indonesian separators: 20.000 and 1,5. */
export function formatNumber(value: number): string {
  return formatter("number", (tag) => new Intl.NumberFormat(tag)).format(value);
}

/** For keys built from data (a domain tag typed by a district): falls back to the raw value. */
export function tMaybe(key: string, fallback: string): string {
  const template = ((locale() === "en" && english ? english : idMessages) as Record<string, string>)[key];
  return template ?? fallback;
}

/** A Date as the device's local civil date, YYYY-MM-DD ("today" for a kader is local midnight, not UTC). */
export function localIsoDate(d: Date = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
