/** The "ready without signal" notice (issue 14, the first load): Indonesian first, English must cover every key. */
export const offlineId = {
  "offline.ready": "Siap dipakai tanpa sinyal",
  "offline.readyDetail": "Aplikasi dan data desa sudah ada di perangkat ini; perubahan dikirim saat ada sinyal.",
  "offline.dismiss": "Tutup pemberitahuan",
};
