import type { internalId } from "./internal.ts";

export const internalEn: Record<keyof typeof internalId, string> = {
  "internal.title": "Pokja internal notes",
  "internal.who": "Only the lurah and pokja/TPK receive this part; OPD and pemantau devices never receive it.",
  "internal.hint": "Write family names, NIKs, children's measurements and whatever OPD must not read here.",
  "internal.printInclude": "Include the pokja internal notes in the print",
  "internal.printHeading": "Pokja internal notes (not to be shared with OPD)",
  "internal.warning": "OPD and pemantau read these minutes too, but they hold personal data:",
  "internal.warningFix": "Move it to the pokja internal notes, or write initials (e.g. Kel. F. L.).",
  "internal.mentionName": "the name “{text}”",
  "internal.mentionNik": "a 16-digit number {masked} (NIK/No. KK)",
  "internal.mentionNikKnown": "NIK {masked} (in the family roster)",
};
