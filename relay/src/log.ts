/**
 * A tiny structured logger: one line per event, `key=value` fields.
 * Callers pass only non-personal fields (workspace id, doc kind, role, a short
 * jti prefix, counts); never names, NIKs or token strings.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  /** one line per connection and other chatter: written only at LOG_LEVEL=debug */
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function format(level: string, event: string, fields: LogFields | undefined): string {
  let line = `${new Date().toISOString()} ${level} ${event}`;
  if (fields) {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      const text = String(value);
      line += ` ${key}=${/[\s"=]/.test(text) ? JSON.stringify(text) : text}`;
    }
  }
  return line;
}

/** Lines at `level` and above (LOG_LEVEL, default info); debug and info to stdout, warn and error to stderr. */
export function consoleLogger(level: LogLevel = "info"): Logger {
  const from = LOG_LEVELS.indexOf(level);
  const at = (l: LogLevel) => LOG_LEVELS.indexOf(l) >= from;
  const off = () => {};
  return {
    debug: at("debug") ? (event, fields) => console.log(format("DEBUG", event, fields)) : off,
    info: at("info") ? (event, fields) => console.log(format("INFO", event, fields)) : off,
    warn: at("warn") ? (event, fields) => console.warn(format("WARN", event, fields)) : off,
    error: (event, fields) => console.error(format("ERROR", event, fields)),
  };
}

/** For tests: keeps lines (every level) in memory so a test can assert on them. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (event, fields) => lines.push(format("DEBUG", event, fields)),
    info: (event, fields) => lines.push(format("INFO", event, fields)),
    warn: (event, fields) => lines.push(format("WARN", event, fields)),
    error: (event, fields) => lines.push(format("ERROR", event, fields)),
  };
}

/** A short, non-secret handle for a token in logs: the first 6 characters of its jti. */
export function jtiPrefix(jti: string): string {
  return jti.slice(0, 6);
}

/** Error messages from SQLite or Yjs carry no personal data; keep them short anyway. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
  return text.slice(0, 200);
}

/**
 * Lines built from what a client sent (verdict lines of the board guard), for one log
 * field: the first `max`, each at most `maxChars` characters, and how many were left out.
 * One update must not write a megabyte log line.
 */
export function listForLog(lines: readonly string[], max = 5, maxChars = 200): string {
  const kept = lines.slice(0, max).map((line) => (line.length <= maxChars ? line : `${line.slice(0, maxChars)}…`));
  const left = lines.length - kept.length;
  return left > 0 ? `${kept.join("; ")} (+${left} more)` : kept.join("; ");
}
