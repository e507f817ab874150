import { OperatorError } from "./operatorError.ts";

/**
 * A failure at start (or in a command-line tool) as ONE line for the operator, in Bahasa Indonesia: what is
 * wrong and what to do (issue 17, item 8). A read-only or full DATA_DIR, a damaged database, a port in use
 * used to end in a Node stack trace that a kelurahan's IT helper could not read.
 */
export function startupErrorLine(error: unknown, what = "Rembuk tidak dapat mulai"): string {
  return `${what}: ${explain(error)}`.replace(/\s*[\r\n]+\s*/g, " ");
}

interface NodeishError {
  code?: unknown;
  path?: unknown;
  syscall?: unknown;
  port?: unknown;
  address?: unknown;
  message?: unknown;
}

function explain(error: unknown): string {
  if (error instanceof OperatorError) return error.message;
  const e = (typeof error === "object" && error !== null ? error : {}) as NodeishError;
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" ? e.message : String(error);
  const path = typeof e.path === "string" ? e.path : null;
  const where = path ? ` (${path})` : "";

  if (e.syscall === "listen" || code === "EADDRINUSE" || code === "EADDRNOTAVAIL") {
    const at = `${typeof e.address === "string" ? e.address : ""}:${typeof e.port === "number" ? e.port : "?"}`;
    if (code === "EADDRINUSE") return `port ${at} sudah dipakai proses lain (EADDRINUSE); hentikan proses itu, atau pilih PORT lain`;
    if (code === "EADDRNOTAVAIL") return `alamat ${at} bukan milik mesin ini (EADDRNOTAVAIL); periksa HOST, atau kosongkan HOST untuk 0.0.0.0`;
    if (code === "EACCES" || code === "EPERM") return `port ${at} butuh hak khusus (${code}); pakai PORT 1024 ke atas, di belakang reverse proxy (README)`;
  }
  if (code === "ENOSPC" || code === "SQLITE_FULL" || code === "EDQUOT") {
    return `disk penuh${where} (${code}); kosongkan ruang di disk DATA_DIR (atau naikkan kuotanya), lalu mulai lagi: tidak ada yang rusak`;
  }
  if (code === "EROFS" || code.startsWith("SQLITE_READONLY")) {
    return `DATA_DIR berada di sistem berkas hanya-baca${where} (${code}); pasang (mount) ulang dengan izin tulis, atau pilih DATA_DIR lain`;
  }
  if (code === "EACCES" || code === "EPERM") {
    return `tidak ada izin menulis${where} (${code}); DATA_DIR harus milik pengguna yang menjalankan relay (chown), atau pilih DATA_DIR lain`;
  }
  if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")) {
    return `basis data rembuk.sqlite di DATA_DIR rusak atau bukan basis data SQLite (${code}); pulihkan dari cadangan: npm run restore -- --from <berkas cadangan>`;
  }
  if (code === "SQLITE_CANTOPEN") {
    return `basis data di DATA_DIR tidak dapat dibuka (${code}); periksa bahwa DATA_DIR ada dan dapat ditulis oleh pengguna relay`;
  }
  if (code.startsWith("SQLITE_IOERR") || code === "EIO") {
    return `kesalahan baca/tulis disk${where} (${code}); periksa disk (dmesg, fsck), lalu pulihkan dari cadangan bila perlu`;
  }
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
    return `basis data sedang dikunci proses lain (${code}); hentikan relay lain yang memakai DATA_DIR yang sama`;
  }
  if (code === "ENOENT" && path) return `berkas tidak ada: ${path}; periksa jalurnya (TLS_CERT, TLS_KEY, DATA_DIR)`;
  if (/newer than this relay/.test(message)) return `basis data dibuat oleh versi relay yang lebih baru (${message}); perbarui relay ini`;
  return `${code ? `${code}: ` : ""}${message.slice(0, 300)}; periksa pengaturan (README, bagian "Menjalankan relay") atau laporkan pesan ini`;
}
