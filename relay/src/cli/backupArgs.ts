/**
 * `npm run backup -- --out <file>` and `npm run restore -- --from <file>`: one flag each, a path.
 * Returns the path, or a message for stderr.
 */
export function parsePathArg(argv: readonly string[], flag: "--out" | "--from"): string {
  if (argv.length !== 2 || argv[0] !== flag || !argv[1] || argv[1].startsWith("--")) {
    throw new UsageError(`Pakai: npm run ${flag === "--out" ? "backup -- --out <berkas cadangan>" : "restore -- --from <berkas cadangan>"}`);
  }
  return argv[1];
}

export class UsageError extends Error {}
