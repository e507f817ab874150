import { isRole, isWorkspaceId, type Role } from "@shared/model/index.ts";
import { isWilayahPrefix } from "@shared/rules/wilayah.ts";

/**
 * `npm run token -- --workspace <id> --role <role> [--opd <code>] [--name <name>] [--days <n>]`, or for a
 * district (kecamatan, Dinas P2KB, Bappeda, TPPS): `npm run token -- --role district --wilayah <prefix>`.
 */
export interface TokenArgs {
  /** a workspace id; for role district the district's space, which is its prefix */
  workspace: string;
  role: Role;
  opd?: string;
  wilayah?: string;
  name?: string;
  days: number;
}

export const USAGE =
  "Pakai: npm run token -- --workspace <id> --role <lurah|kader|opd|viewer> [--opd <kode>] [--name <nama>] [--days <1-365, bawaan 30>]\n" +
  "   atau: npm run token -- --role district --wilayah <53 | 53.71 | 53.71.01> [--name <nama>] [--days <1-365>]";

/** Returns the parsed arguments, or an error message for stderr. */
export function parseTokenArgs(argv: string[]): TokenArgs | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!["--workspace", "--role", "--opd", "--wilayah", "--name", "--days"].includes(flag)) return `Argumen tidak dikenal: ${flag}`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return `${flag} perlu nilai`;
    values.set(flag, value);
    i++;
  }
  const role = values.get("--role");
  if (!role || !isRole(role)) return "--role wajib: lurah, kader, opd, viewer atau district";
  const workspace = values.get("--workspace");
  const wilayah = values.get("--wilayah");
  let out: TokenArgs;
  if (role === "district") {
    if (workspace !== undefined) return "--workspace bukan untuk peran district: token district membaca laporan di bawah --wilayah";
    if (!isWilayahPrefix(wilayah)) return "--wilayah wajib untuk peran district: kode wilayah Kemendagri provinsi, kota/kabupaten atau kecamatan (53, 53.71, 53.71.01)";
    out = { workspace: wilayah, role, wilayah, days: 30 };
  } else {
    if (!workspace) return "--workspace wajib";
    if (!isWorkspaceId(workspace)) return `--workspace tidak sah: huruf kecil, angka dan -, 2-63 karakter`;
    if (wilayah !== undefined) return "--wilayah hanya untuk peran district (wilayah desa didaftarkan dengan npm run workspace)";
    out = { workspace, role, days: 30 };
  }
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
