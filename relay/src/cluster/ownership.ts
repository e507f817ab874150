import pg from "pg";
import { errorText, type Logger } from "../log.ts";

/**
 * Which relay process holds a room, when several serve the same workspaces on one PostgreSQL
 * (issue 18; PROTOCOL.md section 6). A room is held by one process at a time: the one holding
 * PostgreSQL's session advisory lock on the room's name, on its own long-lived connection. The
 * holder writes its address in `room_owners`; any other process that gets a socket for the room
 * forwards it there (forward.ts). So one process orders a room's updates, judges them with the
 * board guard and confirms claims, exactly as a single relay does.
 *
 * The lock is the truth, the table only says where the holder is. A process that dies (kill -9)
 * loses its database session and with it every lock at once: the next process asked for the
 * room takes it and loads the room from the database, where everything acknowledged was
 * committed. A process that loses its lock connection (the database restarted, the network
 * broke) can no longer prove it holds anything: it says so (`onLost`), the relay closes every
 * socket of the rooms it held, and their clients reconnect.
 *
 * The same connection LISTENs for revocations (`rembuk_revoked`): a token revoked through one
 * process is cut on every process.
 */
export type Claim = { mine: true } | { mine: false; address: string };

export interface OwnershipOptions {
  databaseUrl: string;
  /** ws://host:port where the other processes reach this one */
  address: string;
  log: Logger;
  /** every lock was lost (the connection to the database dropped): close the rooms' sockets */
  onLost: (rooms: string[]) => void;
  /** a token was revoked somewhere: close its sockets here */
  onRevoked: (jti: string) => void;
}

const REVOKED_CHANNEL = "rembuk_revoked";
/** how long a claim waits for a holder that has the lock but not yet its address row */
const ADDRESS_WAIT_MS = 2000;

export class RoomOwnership {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly held = new Set<string>();
  /** claims under way, one per room: PostgreSQL's session locks count re-entries, so a room is locked once */
  private readonly claiming = new Map<string, Promise<Claim>>();
  private closed = false;

  constructor(private readonly options: OwnershipOptions) {}

  get address(): string {
    return this.options.address;
  }

  /** Rooms this process holds now. */
  get heldRooms(): readonly string[] {
    return [...this.held];
  }

  /** Connects (and LISTENs); rejects when the database cannot be reached. */
  async start(): Promise<void> {
    await this.connection();
  }

  private connection(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    if (this.closed) return Promise.reject(new Error("ownership closed"));
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.options.databaseUrl });
      client.on("error", (error) => this.lost(client, error));
      client.on("end", () => this.lost(client, null));
      client.on("notification", (message) => {
        if (message.channel === REVOKED_CHANNEL && message.payload) this.options.onRevoked(message.payload);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${REVOKED_CHANNEL}`);
      } catch (error) {
        client.removeAllListeners("end");
        await client.end().catch(() => undefined);
        throw error;
      }
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  /** The lock connection is gone: nothing held can be trusted any more. */
  private lost(client: pg.Client, error: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    const rooms = [...this.held];
    this.held.clear();
    if (!this.closed) {
      this.options.log.error("cluster.lock_connection_lost", { rooms: rooms.length, error: error ? errorText(error) : "ended" });
      this.options.onLost(rooms);
    }
    void client.end().catch(() => undefined);
  }

  /** This process holds the room (taking it if nobody does), or the address of the process that holds it. */
  claim(room: string): Promise<Claim> {
    if (this.held.has(room)) return Promise.resolve({ mine: true });
    let pending = this.claiming.get(room);
    if (!pending) {
      pending = this.tryClaim(room).finally(() => this.claiming.delete(room));
      this.claiming.set(room, pending);
    }
    return pending;
  }

  private async tryClaim(room: string): Promise<Claim> {
    const deadline = Date.now() + ADDRESS_WAIT_MS;
    for (;;) {
      if (this.held.has(room)) return { mine: true };
      const client = await this.connection();
      const { rows } = await client.query<{ got: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 18)) AS got", [room]);
      if (rows[0]?.got) {
        // the connection may have been lost meanwhile: then the lock went with it
        if (this.client !== client) continue;
        this.held.add(room);
        await client.query(
          `INSERT INTO room_owners (room, address, since) VALUES ($1, $2, $3)
           ON CONFLICT (room) DO UPDATE SET address = excluded.address, since = excluded.since`,
          [room, this.options.address, Date.now()],
        );
        return { mine: true };
      }
      const owner = (await client.query<{ address: string }>("SELECT address FROM room_owners WHERE room = $1", [room])).rows[0];
      if (owner && owner.address !== this.options.address) return { mine: false, address: owner.address };
      // the holder took the lock a moment ago and has not written where it is yet
      if (Date.now() > deadline) throw new Error("the room's holder did not say where it is");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** The room left this process: let another take it. */
  release(room: string): void {
    if (!this.held.delete(room)) return;
    const client = this.client;
    if (!client) return;
    // queued on the lock connection in order: a later claim of the same room runs after this unlock
    client
      .query("DELETE FROM room_owners WHERE room = $1 AND address = $2", [room, this.options.address])
      .then(() => client.query("SELECT pg_advisory_unlock(hashtextextended($1, 18))", [room]))
      .catch((error: unknown) => this.options.log.warn("cluster.release_failed", { error: errorText(error) }));
  }

  /** Tells every process (this one too) that a token was revoked. */
  async announceRevoked(jti: string): Promise<void> {
    const client = await this.connection();
    await client.query("SELECT pg_notify($1, $2)", [REVOKED_CHANNEL, jti]);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    this.held.clear();
    if (client) await client.end().catch(() => undefined);
  }
}
