import { resolve } from "node:path";
import { publicUrlOf } from "@shared/rules/invite/addresses.ts";
import { isLogLevel, type LogLevel } from "./log.ts";
import { OperatorError } from "./operatorError.ts";

/**
 * Environment (and the relay's own flags) → relay settings. The command-line tools use the same DATA_DIR
 * and key rules.
 */
export interface RelayConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  tlsCertFile: string | null;
  tlsKeyFile: string | null;
  /** REMBUK_SECRET: the old HMAC secret, to verify tokens of the old form until they expire (auth/keys.ts) */
  secretFromEnv: string | undefined;
  /** PUBLIC_URL: the address phones reach the relay at (behind a proxy, a DNS name); invite links use it first */
  publicUrl: string | null;
  /** LOG_LEVEL: debug (one line per connection), info (default), warn, error */
  logLevel: LogLevel;
  /**
   * The demo workspace (issue 17, item 11): `--demo` asks for it, `--no-demo` never makes it, and without
   * either ("auto", as `npm start`) it is made only on a DATA_DIR that holds no other workspace.
   */
  demo: "auto" | "yes" | "no";
}

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): RelayConfig {
  const port = env.PORT === undefined || env.PORT === "" ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new OperatorError(`PORT tidak sah: ${env.PORT} (bilangan bulat 0 sampai 65535)`);
  const cert = env.TLS_CERT || null;
  const key = env.TLS_KEY || null;
  if ((cert === null) !== (key === null)) throw new OperatorError("TLS_CERT dan TLS_KEY harus diisi keduanya atau tidak sama sekali");
  const publicUrl = publicUrlOf(env.PUBLIC_URL);
  if (env.PUBLIC_URL && !publicUrl) throw new OperatorError(`PUBLIC_URL tidak sah (harus http:// atau https://, tanpa ? atau #): ${env.PUBLIC_URL}`);
  const logLevel = env.LOG_LEVEL ? env.LOG_LEVEL.toLowerCase() : "info";
  if (!isLogLevel(logLevel)) throw new OperatorError(`LOG_LEVEL tidak sah: ${env.LOG_LEVEL} (debug, info, warn atau error)`);
  let demo: RelayConfig["demo"] = "auto";
  for (const flag of argv) {
    if (flag === "--demo") demo = "yes";
    else if (flag === "--no-demo") demo = "no";
    else throw new OperatorError(`argumen tidak dikenal: ${flag} (yang dikenal: --demo, --no-demo)`);
  }
  return {
    port,
    host: env.HOST || "0.0.0.0",
    dataDir: resolve(env.DATA_DIR || "./data"),
    staticDir: resolve(env.STATIC_DIR || "./dist"),
    tlsCertFile: cert,
    tlsKeyFile: key,
    secretFromEnv: env.REMBUK_SECRET,
    publicUrl,
    logLevel,
    demo,
  };
}
