/**
 * A tiny structured logger: one line per event, `key=value` fields.
 * Callers pass only non-personal fields (workspace id, doc kind, role, a short
 * jti prefix, counts); never names, NIKs or token strings.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
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

export function consoleLogger(): Logger {
  return {
    info: (event, fields) => console.log(format("INFO", event, fields)),
    warn: (event, fields) => console.warn(format("WARN", event, fields)),
    error: (event, fields) => console.error(format("ERROR", event, fields)),
  };
}

/** For tests: keeps lines in memory so a test can assert on them. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
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
