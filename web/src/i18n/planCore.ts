/** The village plan's words other screens use: its tab, its document's name, the plan line of a board card. */
export const planCoreId = {
  "nav.rencana": "Rencana",
  "doc.plan": "rencana kerja",
  "plan.number.invalid": "Tulis bilangan bulat, mis. 35 atau 1.200.",
  "plan.card.plan": "Rencana kerja: sasaran {target}",
  "plan.card.reached": "Jumlah terjangkau",
  "plan.card.reachedShown": "terjangkau {reached}",
  "plan.card.reachedMissing": "jumlah terjangkau belum dicatat",
} as const;
