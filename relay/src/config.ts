import { resolve } from "node:path";
import { publicUrlOf } from "@shared/rules/invite/addresses.ts";

/** Environment → relay settings. The token CLI uses the same DATA_DIR and secret rule. */
export interface RelayConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  tlsCertFile: string | null;
  tlsKeyFile: string | null;
  secretFromEnv: string | undefined;
  /** PUBLIC_URL: the address phones reach the relay at (behind a proxy, a DNS name); invite links use it first */
  publicUrl: string | null;
}

export function readConfig(env: NodeJS.ProcessEnv): RelayConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT tidak sah: ${env.PORT}`);
  const cert = env.TLS_CERT || null;
  const key = env.TLS_KEY || null;
  if ((cert === null) !== (key === null)) throw new Error("TLS_CERT dan TLS_KEY harus diisi keduanya atau tidak sama sekali");
  const publicUrl = publicUrlOf(env.PUBLIC_URL);
  if (env.PUBLIC_URL && !publicUrl) throw new Error(`PUBLIC_URL tidak sah (harus http:// atau https://, tanpa ? atau #): ${env.PUBLIC_URL}`);
  return {
    port,
    host: env.HOST || "0.0.0.0",
    dataDir: resolve(env.DATA_DIR || "./data"),
    staticDir: resolve(env.STATIC_DIR || "./dist"),
    tlsCertFile: cert,
    tlsKeyFile: key,
    secretFromEnv: env.REMBUK_SECRET,
    publicUrl,
  };
}
