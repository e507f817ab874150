import { isRole, isWorkspaceId, type Role } from "@shared/model/index.ts";

/** `npm run token -- --workspace <id> --role <role> [--opd <code>] [--name <name>] [--days <n>]` */
export interface TokenArgs {
  workspace: string;
  role: Role;
  opd?: string;
  name?: string;
  days: number;
}

export const USAGE =
  "Pakai: npm run token -- --workspace <id> --role <lurah|kader|opd|viewer> [--opd <kode>] [--name <nama>] [--days <1-365, bawaan 30>]";

/** Returns the parsed arguments, or an error message for stderr. */
export function parseTokenArgs(argv: string[]): TokenArgs | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!["--workspace", "--role", "--opd", "--name", "--days"].includes(flag)) return `Argumen tidak dikenal: ${flag}`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return `${flag} perlu nilai`;
    values.set(flag, value);
    i++;
  }
  const workspace = values.get("--workspace");
  if (!workspace) return "--workspace wajib";
  if (!isWorkspaceId(workspace)) return `--workspace tidak sah: huruf kecil, angka dan -, 2-63 karakter`;
  const role = values.get("--role");
  if (!role || !isRole(role)) return "--role wajib: lurah, kader, opd atau viewer";
  const out: TokenArgs = { workspace, role, days: 30 };
  const opd = values.get("--opd");
  if (role === "opd") {
    if (!opd || !/^[A-Za-z0-9_-]{1,32}$/.test(opd)) return "--opd wajib untuk peran opd (kode OPD, mis. DINKES)";
    out.opd = opd;
  } else if (opd !== undefined) {
    return "--opd hanya untuk peran opd";
  }
  const name = values.get("--name");
  if (name !== undefined) {
    if (name.length > 120) return "--name paling banyak 120 karakter";
    out.name = name;
  }
  const days = values.get("--days");
  if (days !== undefined) {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365) return "--days harus bilangan bulat 1 sampai 365";
    out.days = n;
  }
  return out;
}
