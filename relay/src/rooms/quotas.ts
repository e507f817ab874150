import type { DocKind, Role } from "@shared/model/index.ts";

/**
 * What one connection may send, per document kind (issue 17 item 2). Set far above honest
 * use (the figures and why: relay/PROTOCOL.md, "Quotas"), so only a broken or hostile client
 * meets them. Over a quota the socket is closed (4413 too big, 4429 too often), a line is
 * logged, and nothing of the message is applied or stored.
 */
export interface Quotas {
  /** bytes of one sync step 2 or update payload */
  updateBytes: number;
  /** the room's stored document (snapshot + updates since) may not grow past this */
  documentBytes: number;
  /** the largest single value in an update: one string, one binary, one run of values */
  valueBytes: number;
  /** a clock past this is no device's (a client's clock counts what it ever inserted) */
  maxClock: number;
  /** subdocuments (each is a whole Y.Doc in the relay's memory); no Rembuk document has one */
  subdocs: number;
  /** step 2 and update messages: a sustained rate per second and a burst */
  updates: Rate;
  /** bytes of step 2 and update payloads: a sustained rate per second and a burst */
  updateBytesRate: Rate;
  /** sync step 1 (each answer is the document's diff, up to the whole document): rate and burst */
  syncRequests: Rate;
  /** one awareness message's payload */
  awarenessBytes: number;
  /** awareness client ids one socket may announce (a y-websocket client has one) */
  awarenessClients: number;
  awareness: Rate;
}

export interface Rate {
  perSecond: number;
  burst: number;
}

const MiB = 1024 * 1024;
const KiB = 1024;

/**
 * Sizes per document kind. Honest maxima they are set against (tests/bench/IMPORT_WRITE.md,
 * RESULTS.md, BOARD.md): the 20,000-household roster is 8.3 MiB typed, its family list arrives
 * as one 4.6 MiB update and the social list as ~1 MiB; a generated board of 3,000 needs and
 * 1,000 cards is 3.0 MiB; the largest single value in those is under 200 bytes (a household
 * or a claim record); minutes, internal notes and the plan hold pasted text.
 */
const SIZES: Record<DocKind, Pick<Quotas, "updateBytes" | "documentBytes" | "valueBytes">> = {
  // a device's step 2 may carry the whole roster (a relay whose database was rebuilt is filled again by the devices)
  roster: { updateBytes: 16 * MiB, documentBytes: 64 * MiB, valueBytes: 256 * KiB },
  board: { updateBytes: 8 * MiB, documentBytes: 32 * MiB, valueBytes: 64 * KiB },
  minutes: { updateBytes: 4 * MiB, documentBytes: 16 * MiB, valueBytes: 1 * MiB },
  internal: { updateBytes: 4 * MiB, documentBytes: 16 * MiB, valueBytes: 1 * MiB },
  // the village's yearly plan (issue 19): some hundred activities with texts typed like the minutes
  plan: { updateBytes: 4 * MiB, documentBytes: 16 * MiB, valueBytes: 1 * MiB },
  meta: { updateBytes: 1 * MiB, documentBytes: 4 * MiB, valueBytes: 64 * KiB },
};

/**
 * Step 2 and update messages a connection may send per second. A person types 10 keys a second
 * and a reconnecting device sends one step 2: 50 is far above that. `REMBUK_UPDATES_PER_SECOND`
 * raises it for a relay fed by scripts, or for a load test (tests/bench/RELAY.md, the busy room).
 */
const UPDATES_PER_SECOND = positive(process.env.REMBUK_UPDATES_PER_SECOND) ?? 50;

function positive(value: string | undefined): number | null {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n > 0 ? n : null;
}

const COMMON = {
  maxClock: 2 ** 32,
  subdocs: 0,
  updates: { perSecond: UPDATES_PER_SECOND, burst: 10 * UPDATES_PER_SECOND },
  syncRequests: { perSecond: 0.2, burst: 5 },
  awarenessBytes: 16 * KiB,
  awarenessClients: 4,
  // a cursor moving while typing, the 15-second renewal
  awareness: { perSecond: 20, burst: 200 },
};

/**
 * The quotas of a connection of `role` on a `kind` document. Every role reads under the
 * same sizes: a read-only role's step 2 repeats what the relay has (its whole delete set),
 * and is dropped anyway (PROTOCOL.md); the rates bound how often it can be sent.
 */
export function quotasFor(_role: Role, kind: DocKind): Quotas {
  const sizes = SIZES[kind];
  return {
    ...sizes,
    ...COMMON,
    // the bytes a connection may send at once: a whole document's step 2 and an import's update
    updateBytesRate: { perSecond: 1 * MiB, burst: 2 * sizes.updateBytes },
  };
}

/** A token bucket: `burst` tokens, refilled at `perSecond`. */
export class Bucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: Rate,
    now: number,
  ) {
    this.tokens = rate.burst;
    this.at = now;
  }

  /** Takes `n` tokens at time `now` (ms); false when there are not enough (and none are taken). */
  take(n: number, now: number): boolean {
    this.tokens = Math.min(this.rate.burst, this.tokens + ((now - this.at) / 1000) * this.rate.perSecond);
    this.at = now;
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
}
