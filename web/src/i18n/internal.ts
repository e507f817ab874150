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
