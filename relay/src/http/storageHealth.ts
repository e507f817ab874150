import type { RelayStorage } from "../storage/types.ts";

/**
 * What `/healthz` says about the store (issue 17, item 9): a relay whose every write fails (disk full, a
 * read-only file system, an I/O error) is not healthy, however well its sockets do. Two sources:
 * - what happens to the relay's own writes and reads (every call to the store goes through this watch): a
 *   failed write marks the store failing until a write succeeds again; a probe cannot clear that (a probe
 *   that changes nothing may pass on a disk too full for an update);
 * - a probe write (RelayStorage.probeWrite) when `/healthz` is asked and the last probe is older than
 *   `probeEveryMs`, so a store that broke while nobody wrote is noticed too.
 */
export interface StorageHealth {
  ok: boolean;
  /** what failed, as an error code (`SQLITE_FULL`, `SQLITE_READONLY`, `EIO`...): no message, nothing personal */
  error: string | null;
  /** epoch ms of the first failure of the current run of failures */
  since: number | null;
}

const READS = new Set(["loadRoom", "listInvites", "isRevoked", "getInvite", "getWorkspace", "listWorkspaces", "listReportVersions", "currentReports", "knownWorkspaces"]);
const NOT_WATCHED = new Set(["close", "probeWrite"]);

interface Failure {
  error: string;
  since: number;
}

export interface StorageWatch<S extends RelayStorage = RelayStorage> {
  /** the store to hand to the rooms and handlers: the same object's behaviour, watched */
  storage: S;
  /** the store's health now (probes first when the last probe is old) */
  check(): Promise<StorageHealth>;
}

export function watchStorage<S extends RelayStorage>(inner: S, opts: { probeEveryMs?: number; now?: () => number } = {}): StorageWatch<S> {
  const probeEveryMs = opts.probeEveryMs ?? 5000;
  const now = opts.now ?? Date.now;
  const failures: Record<"write" | "read" | "probe", Failure | null> = { write: null, read: null, probe: null };
  let lastProbe = -Infinity;

  const fail = (kind: keyof typeof failures, error: unknown) => {
    failures[kind] ??= { error: codeOf(error), since: now() };
  };

  // one watched function per method, made on first use: the room engine calls `commit` for every batch
  const watched = new Map<string, { of: unknown; fn: (...args: unknown[]) => unknown }>();
  const storage = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || typeof property !== "string" || NOT_WATCHED.has(property)) return value;
      const known = watched.get(property);
      if (known?.of === value) return known.fn;
      const kind = READS.has(property) ? "read" : "write";
      const fn = (...args: unknown[]) => {
        try {
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (result instanceof Promise) {
            // a store that answers later (PostgreSQL): its answer decides
            return result.then(
              (answer: unknown) => {
                failures[kind] = null;
                return answer;
              },
              (error: unknown) => {
                fail(kind, error);
                throw error;
              },
            );
          }
          failures[kind] = null;
          return result;
        } catch (error) {
          fail(kind, error);
          throw error;
        }
      };
      watched.set(property, { of: value, fn });
      return fn;
    },
  });

  return {
    storage,
    async check() {
      if (now() - lastProbe >= probeEveryMs) {
        lastProbe = now();
        try {
          await inner.probeWrite();
          failures.probe = null;
        } catch (error) {
          fail("probe", error);
        }
      }
      const current = [failures.write, failures.read, failures.probe].filter((f): f is Failure => f !== null);
      if (current.length === 0) return { ok: true, error: null, since: null };
      const first = current.reduce((a, b) => (b.since < a.since ? b : a));
      return { ok: false, error: first.error, since: first.since };
    },
  };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Z0-9_]{1,40}$/.test(code)) return code;
  return error instanceof Error ? error.name.slice(0, 40) : "unknown";
}
