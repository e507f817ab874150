/**
 * A backup (`npm run backup`) is one SQLite file: the relay's database as it was at one moment (SQLite's
 * online backup: the relay keeps running and writing), plus this table holding the files tokens depend on
 * (DATA_DIR/keys.json and the old secret). A database without its keys would hold the village's data but
 * refuse every device's token; `npm run restore` puts both back.
 */
export const BACKUP_TABLE = "rembuk_backup_files";
export const BACKED_UP_FILES = ["keys.json", "secret"] as const;
