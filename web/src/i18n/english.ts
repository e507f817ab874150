/**
 * The English dictionary, the app's second locale: its own chunk, loaded when a person chooses English (or
 * starts with it chosen), so a phone in Bahasa never downloads it (tests/bench/BUNDLE.md). Each area's English
 * sits beside its Indonesian (<area>.en.ts next to <area>.ts) and must cover every Indonesian key: the type says so.
 */
import type { MessageKey } from "./index.ts";
import { en as coreEn } from "./en.ts";
import { rosterEn } from "./roster.en.ts";
import { householdEn } from "./household.en.ts";
import { settingsEn } from "./settings.en.ts";
import { boardEn } from "./board.en.ts";
import { minutesEn } from "./minutes.en.ts";
import { mapEn } from "./map.en.ts";
import { internalEn } from "./internal.en.ts";
import { invitesEn } from "./invites.en.ts";
import { mapCheckEn } from "./mapCheck.en.ts";
import { offlineEn } from "./offline.en.ts";
import { shellEn } from "./shell.en.ts";
import { importsEn } from "./imports.en.ts";
import { familyChangesEn } from "./familyChanges.en.ts";
import { districtEn } from "./district.en.ts";
import { visitsEn } from "./visits.en.ts";
import { reportEn } from "./report.en.ts";

export const enMessages: Record<MessageKey, string> = {
  ...coreEn,
  ...rosterEn,
  ...householdEn,
  ...settingsEn,
  ...boardEn,
  ...minutesEn,
  ...mapEn,
  ...internalEn,
  ...invitesEn,
  ...mapCheckEn,
  ...offlineEn,
  ...shellEn,
  ...importsEn,
  ...familyChangesEn,
  ...districtEn,
  ...visitsEn,
  ...reportEn,
};
