/**
 * WebSocket close codes the relay uses (relay/PROTOCOL.md). The stock y-websocket 3
 * client stops reconnecting on 4400-4499 and retries on everything else (4500-4599 is
 * its "try again" range).
 */
export const CLOSE_MALFORMED = 4400;
export const CLOSE_TOKEN_INVALID = 4401;
/** Forbidden: the role may no longer read this document (reserved), or it sent a change it may not make. */
export const CLOSE_ROLE_NOT_PERMITTED = 4403;
/** The board guard refused an update (another agency's name, the relay's own records, the ledger). */
export const CLOSE_REFUSED = CLOSE_ROLE_NOT_PERMITTED;
/**
 * An update needed something the relay does not have (Yjs would have parked part of it):
 * refused, and the client reconnects and syncs again; its next sync step 2 carries what
 * was missing. In the retry range, so every client, old app builds included, reconnects.
 */
export const CLOSE_RESYNC = 4500;
/**
 * Over a size quota (quotas.ts, PROTOCOL.md "Quotas"): an update, a value in it or an awareness
 * state too big, or the document would grow past its kind's size. In the "stop" range: the same
 * message would be refused again.
 */
export const CLOSE_TOO_BIG = 4413;
/** Over a rate quota: too many updates, bytes, sync requests or awareness messages per second. */
export const CLOSE_TOO_OFTEN = 4429;
/** Sent by `ws` itself when a frame exceeds maxPayload. */
export const CLOSE_TOO_LARGE = 1009;
export const CLOSE_STORAGE_FAILED = 1011;
/** The relay is shutting down; clients retry. */
export const CLOSE_GOING_AWAY = 1001;

export const REASON_STORAGE_FAILED = "penyimpanan relay penuh/gagal";
export const REASON_REVOKED = "token dicabut";
export const REASON_EXPIRED = "token kedaluwarsa";
export const REASON_MALFORMED = "pesan rusak";
export const REASON_REFUSED = "perubahan ditolak";
export const REASON_RESYNC = "sinkronkan ulang";
export const REASON_TOO_BIG = "terlalu besar";
export const REASON_TOO_OFTEN = "terlalu sering";
export const REASON_UNEXPECTED = "kesalahan relay";

/** Several processes (issue 18): the room moved to another process, or the process holding it went away: reconnect. */
export const CLOSE_SERVICE_RESTART = 1012;
export const REASON_ROOM_MOVED = "ruang pindah ke proses lain";
/** The database cannot be reached: the relay serves nobody until it can (clients keep working offline and retry). */
export const CLOSE_TRY_AGAIN_LATER = 1013;
export const REASON_DATABASE_DOWN = "basis data tidak terjangkau";
