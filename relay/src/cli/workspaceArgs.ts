import { isWorkspaceId } from "@shared/model/index.ts";
import { isKodeDesa, isWilayahPrefix } from "@shared/rules/wilayah.ts";

/**
 * `npm run workspace -- --id <workspace> --wilayah <PP.KK.CC.DDDD> --name <nama>` registers (or corrects) which
 * kode wilayah a village workspace reports under; `npm run workspace -- --list [--wilayah <prefix>]` lists them.
 * The relay operator's act: a lurah cannot change which district reads the village's reports.
 */
export type WorkspaceArgs =
  | { action: "register"; id: string; kodeWilayah: string; name: string }
  | { action: "list"; prefix: string | null };

export const WORKSPACE_USAGE =
  'Pakai: npm run workspace -- --id <ruang kerja> --wilayah <PP.KK.CC.DDDD> --name "<nama desa/kelurahan>"\n' +
  "   atau: npm run workspace -- --list [--wilayah <53 | 53.71 | 53.71.01>]";

export function parseWorkspaceArgs(argv: string[]): WorkspaceArgs | string {
  const values = new Map<string, string>();
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--list") {
      list = true;
      continue;
    }
    if (!["--id", "--wilayah", "--name"].includes(flag)) return `Argumen tidak dikenal: ${flag}`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return `${flag} perlu nilai`;
    values.set(flag, value);
    i++;
  }
  const wilayah = values.get("--wilayah");
  if (list) {
    if (values.has("--id") || values.has("--name")) return "--list hanya bersama --wilayah";
    if (wilayah !== undefined && !isWilayahPrefix(wilayah)) return "--wilayah untuk --list: 53, 53.71 atau 53.71.01";
    return { action: "list", prefix: wilayah ?? null };
  }
  const id = values.get("--id");
  if (!id || !isWorkspaceId(id)) return "--id wajib: huruf kecil, angka dan -, 2-63 karakter";
  if (!isKodeDesa(wilayah)) return "--wilayah wajib: kode wilayah Kemendagri desa/kelurahan PP.KK.CC.DDDD (mis. 53.71.01.1001)";
  const name = values.get("--name")?.trim();
  if (!name) return "--name wajib (nama desa/kelurahan)";
  if (name.length > 120 || [...name].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return "--name paling banyak 120 karakter, tanpa karakter kendali";
  return { action: "register", id, kodeWilayah: wilayah, name };
}
