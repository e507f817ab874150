import { isTokenStatus, type TokenStatus } from "@shared/model/index.ts";

/**
 * Why this device may no longer sync a workspace:
 * - revoked: the lurah revoked its invite (DELETE /api/invites/<jti>);
 * - expired: the invite's time ran out (a new link from the lurah brings the device back, its data kept);
 * - invalid: the relay does not accept the token at all (signed by another relay's secret, damaged).
 */
export type AccessVerdict = "revoked" | "expired" | "invalid";

/** revoked outranks invalid outranks expired: the harder verdict is the one to act on (and an expired link may still be revoked) */
export const ACCESS_RANK: Record<AccessVerdict, number> = { revoked: 3, invalid: 2, expired: 1 };

/** The relay's words for these refusals (relay/PROTOCOL.md, close codes), as the badge used to show them. */
export const ACCESS_REASON: Record<AccessVerdict, string> = { revoked: "token dicabut", expired: "token kedaluwarsa", invalid: "token tidak berlaku" };

export function verdictOfStatus(status: TokenStatus): AccessVerdict | null {
  switch (status) {
    case "valid":
      return null;
    case "revoked":
      return "revoked";
    case "expired":
      return "expired";
    case "bad_signature":
    case "malformed":
    case "missing":
      return "invalid";
  }
}

/** A live socket the relay closed for its token (4401, relay/PROTOCOL.md). */
export function accessVerdictOfClose(code: number, reason: string): AccessVerdict | null {
  if (code !== 4401) return null;
  return reason === ACCESS_REASON.expired ? "expired" : "revoked";
}

/** Asks the relay (GET /api/token-status) why it would refuse the token; null when it cannot be reached or answers nonsense. */
export async function fetchTokenStatus(token: string, fetchImpl: typeof fetch = fetch): Promise<TokenStatus | null> {
  try {
    // a link that swallows requests (Wi-Fi with no way out) must not leave the question out for ever
    const signal = typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(10_000) : null;
    const res = await fetchImpl("/api/token-status", { headers: { Authorization: `Bearer ${token}` }, cache: "no-store", signal });
    if (!res.ok) return null;
    const body = (await res.json()) as { status?: unknown };
    return isTokenStatus(body.status) ? body.status : null;
  } catch {
    return null;
  }
}

/**
 * A browser sees a refused upgrade only as a socket that closed before it opened, exactly like a relay out of
 * reach. After such a failure the workspace asks the relay why, at once the first time and then at most once
 * per `intervalMs` (a relay that is down is not asked on every one of the provider's retries).
 * A final answer is reported once; "valid" or no answer leaves the providers to retry as before.
 */
export function makeAccessWatch(opts: {
  check: () => Promise<TokenStatus | null>;
  onVerdict: (verdict: AccessVerdict) => void;
  intervalMs?: number;
  now?: () => number;
}): { connectFailed(): void; dispose(): void } {
  const interval = opts.intervalMs ?? 30_000;
  const now = opts.now ?? Date.now;
  let lastAsked = -Infinity;
  let asking = false;
  let done = false;
  return {
    connectFailed() {
      if (done || asking || now() - lastAsked < interval) return;
      asking = true;
      lastAsked = now();
      void opts.check().then((status) => {
        asking = false;
        const verdict = status === null ? null : verdictOfStatus(status);
        if (verdict === null || done) return;
        done = true;
        opts.onVerdict(verdict);
      });
    },
    dispose() {
      done = true;
    },
  };
}
