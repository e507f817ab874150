import { describe, expect, it } from "vitest";
import { addHousehold, readHouseholds } from "../crdt/roster/index.ts";
import { emptyHousehold } from "../model/household.ts";
import { Prng } from "./prng.ts";
import { SimNetwork, type Envelope } from "./simNetwork.ts";

const at = new Date("2025-03-01T08:00:00Z");
const ids = (network: SimNetwork, peer: number): string[] => readHouseholds(network.peers[peer]!.docs.roster).map((h) => h.id);

/** A network whose drop hook only records: every frame sent, as [peer, direction, sync type]. */
function spied(peers: number) {
  const sent: Array<[number, string, number | undefined]> = [];
  const network = new SimNetwork({
    peers,
    prng: new Prng(1),
    dropForTesting: (m: Envelope) => {
      if (m.kind === "roster") sent.push([m.peer, m.direction, m.data[1]]);
      return false;
    },
  });
  return { network, sent };
}

describe("SimNetwork", () => {
  it("opens with the client-server handshake: step 1, then step 2 and the hub's step 1, then step 2", () => {
    const { network, sent } = spied(1);
    network.flushAll();
    expect(sent).toEqual([
      [0, "toHub", 0],
      [0, "toPeer", 1],
      [0, "toPeer", 0],
      [0, "toHub", 1],
    ]);
    expect(network.peers[0]!.synced.size).toBe(4);
  });

  it("relays an update to the other peers and echoes it to the sender", () => {
    const { network, sent } = spied(3);
    network.flushAll();
    sent.length = 0;
    addHousehold(network.peers[1]!.docs.roster, "h1", emptyHousehold(), at);
    network.flushAll();
    expect(sent.filter(([, direction]) => direction === "toPeer").map(([peer]) => peer).sort()).toEqual([0, 1, 2]);
    expect(ids(network, 0)).toEqual(["h1"]);
    expect(ids(network, 2)).toEqual(["h1"]);
  });

  it("loses in-flight messages on disconnect and catches up through the reconnect handshake", () => {
    const network = new SimNetwork({ peers: 2, prng: new Prng(2) });
    network.flushAll();
    addHousehold(network.peers[0]!.docs.roster, "h1", emptyHousehold(), at);
    network.disconnect(0);
    expect(network.queued()).toBe(0);
    expect(network.stats.lostOnDisconnect).toBe(1);
    network.flushAll();
    expect(ids(network, 1)).toEqual(["h1"]);
  });

  it("keeps offline edits local until the peer reconnects", () => {
    const network = new SimNetwork({ peers: 2, prng: new Prng(3) });
    network.flushAll();
    network.disconnect(0);
    addHousehold(network.peers[0]!.docs.roster, "h1", emptyHousehold(), at);
    while (network.deliverOne());
    expect(ids(network, 1)).toEqual([]);
    network.connect(0);
    while (network.deliverOne());
    expect(ids(network, 1)).toEqual(["h1"]);
  });
});
