/**
 * Counts the local changes the relay has not confirmed yet, honestly.
 *
 * The relay echoes every update it accepted back to its sender, byte for byte,
 * after storing it (relay/PROTOCOL.md, "Echo"). The provider sends each local
 * update while connected, and on (re)connect answers the relay's sync step 1
 * with a step 2 that carries everything the relay lacks plus the whole delete
 * set. So: an echo of a local update confirms it and everything before it (one
 * ordered socket); an echo of a step 2 confirms everything made before it was
 * sent. Changes counted in an earlier session (restored from storage, bytes
 * unknown) are confirmed by the next step 2 echo.
 */
export interface PendingSnapshot {
  count: number;
  /** epoch ms of the oldest unconfirmed change, or null when none */
  since: number | null;
}

interface Entry {
  seq: number;
  at: number;
  bytes: Uint8Array | null;
}

interface Marker {
  bytes: Uint8Array;
  uptoSeq: number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const MAX_MARKERS = 8;

export class PendingTracker {
  private entries: Entry[] = [];
  private markers: Marker[] = [];
  private seq = 0;
  private listeners = new Set<(s: PendingSnapshot) => void>();

  constructor(restored: PendingSnapshot = { count: 0, since: null }) {
    for (let i = 0; i < restored.count; i++) {
      this.entries.push({ seq: ++this.seq, at: restored.since ?? Date.now(), bytes: null });
    }
  }

  /** A change made on this device (not from the relay, not loaded from IndexedDB). */
  localUpdate(bytes: Uint8Array, at = Date.now()): void {
    this.entries.push({ seq: ++this.seq, at, bytes });
    this.emit();
  }

  /** A local change whose bytes we do not have (made while the device copy was loading). */
  localChangeWithoutBytes(at = Date.now()): void {
    this.entries.push({ seq: ++this.seq, at, bytes: null });
    this.emit();
  }

  /** The provider just sent a sync step 2 to the relay: it covers every change so far. */
  sentStep2(bytes: Uint8Array): void {
    this.markers.push({ bytes, uptoSeq: this.seq });
    if (this.markers.length > MAX_MARKERS) this.markers.shift();
  }

  /**
   * An update or step 2 arrived from the relay: it may be an echo of ours. True when it is, byte for
   * byte, an update or step 2 this device sent and has not seen confirmed yet (the document holds all of it).
   */
  remoteUpdate(bytes: Uint8Array): boolean {
    if (this.entries.length === 0) {
      this.markers = [];
      return false;
    }
    const marker = this.markers.findIndex((m) => sameBytes(m.bytes, bytes));
    if (marker >= 0) {
      const upto = this.markers[marker]!.uptoSeq;
      this.markers.splice(0, marker + 1);
      this.confirmUpTo(upto);
      return true;
    }
    const entry = this.entries.find((e) => e.bytes !== null && sameBytes(e.bytes, bytes));
    if (!entry) return false;
    this.confirmUpTo(entry.seq);
    return true;
  }

  /** Step 2 markers die with their socket: the relay never saw or will never echo them. */
  disconnected(): void {
    this.markers = [];
  }

  snapshot(): PendingSnapshot {
    const first = this.entries[0];
    return { count: this.entries.length, since: first ? first.at : null };
  }

  subscribe(listener: (s: PendingSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private confirmUpTo(seq: number): void {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.seq > seq);
    if (this.entries.length !== before) this.emit();
  }

  private emit(): void {
    const s = this.snapshot();
    for (const l of this.listeners) l(s);
  }
}
