/** The pokja's internal meeting notes and the personal-data warning (issue 14, item 15). */
export const internalId = {
  "internal.title": "Catatan internal pokja",
  "internal.who": "Hanya lurah dan pokja/TPK yang menerima bagian ini; perangkat OPD dan pemantau tidak pernah menerimanya.",
  "internal.hint": "Tulis di sini nama keluarga, NIK, hasil ukur anak dan hal lain yang tidak boleh dibaca OPD.",
  "internal.printInclude": "Sertakan catatan internal pokja di cetakan",
  "internal.printHeading": "Catatan internal pokja (tidak untuk dibagikan kepada OPD)",
  "internal.warning": "Notulen ini dibaca juga oleh OPD dan pemantau, tetapi memuat data pribadi:",
  "internal.warningFix": "Pindahkan ke catatan internal pokja, atau tulis inisial (mis. Kel. F. L.).",
  "internal.mentionName": "nama “{text}”",
  "internal.mentionNik": "nomor 16 angka {masked} (NIK/No. KK)",
  "internal.mentionNikKnown": "NIK {masked} (ada di daftar keluarga)",
} as const;

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
