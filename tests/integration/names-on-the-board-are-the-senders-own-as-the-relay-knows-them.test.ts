import { expect, it } from "vitest";
import { addComment, claim, claimTargetOf, readClaims, readComments, readConfirmations } from "@shared/crdt/index.ts";
import { openClient, openSyncedClient } from "./support/clients.ts";
import { api } from "./support/reports.ts";
import { health, startRelay } from "./support/relay.ts";
import { invitedToken } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

const WS = "desa-papan";
const ROOM = `${WS}/board`;
const NOW = new Date("2026-11-22T09:00:00Z");
const onFamily = (familyId: string, agency: string) => ({ target: claimTargetOf("family", familyId), familyId, domain: "pantas_sehat", agency, note: "" });

// Issue 17, item 12: a claim's `by` was whatever the client wrote; an OPD liaison posted a claim signed
// "Lurah Bambang Sutrisno" and it was accepted. The relay knows who sends (the name its invite keeps).
it("a record signed with another person's name is refused at the relay; the sender's own name, its role, an offline claim and the lurah signing for an agency pass", async () => {
  const relay = await startRelay();
  const lurah = invitedToken(relay.storage, WS, "lurah", { name: "Lurah Bambang Sutrisno" }).token;
  const liaison = invitedToken(relay.storage, WS, "opd", { opd: "DLHK", name: "Pak Dedi" }).token;
  const kader = invitedToken(relay.storage, WS, "kader").token; // an invite that named nobody

  // the relay tells each device its own name; the token carries none
  expect((await api(relay.httpUrl, "/api/me", liaison)).body).toMatchObject({ name: "Pak Dedi", role: "opd", opd: "DLHK" });
  expect(Buffer.from(liaison.split(".")[1]!, "base64url").toString()).not.toContain("Dedi");

  const witness = await openSyncedClient(relay.syncUrl, ROOM, lurah);
  const forger = await openSyncedClient(relay.syncUrl, ROOM, liaison);
  claim(forger.doc, "c-forged", onFamily("kel-1", "DLHK"), "Lurah Bambang Sutrisno", NOW);
  await waitFor(() => forger.closed.length > 0, "the forger's socket to be closed");
  expect(forger.closed[0]).toEqual({ code: 4403, reason: "perubahan ditolak" });
  expect((await health(relay.httpUrl)).droppedUpdates).toBe(1);
  const refusal = relay.log.lines.find((l) => l.includes("board.update.refused"))!;
  expect(refusal).toContain("signed in another person's name");
  expect(relay.log.lines.join("\n")).not.toMatch(/Bambang|Dedi/); // no name in the log

  // the same liaison's honest claim, made offline before the relay sees it, signed as the app signs
  const phone = openClient(relay.syncUrl, ROOM, liaison, { connect: false });
  claim(phone.doc, "c-offline", onFamily("kel-2", "DLHK"), "Pak Dedi", NOW);
  phone.provider.connect();
  await waitFor(() => readConfirmations(witness.doc).has("c-offline"), "the offline claim confirmed at the relay");
  expect(readConfirmations(witness.doc).get("c-offline")).toMatchObject({ rejected: null });
  expect(readClaims(witness.doc).map((c) => [c.id, c.by])).toEqual([["c-offline", "Pak Dedi"]]);

  // a device whose invite named nobody signs with its role; another person's name is refused
  const pokja = await openSyncedClient(relay.syncUrl, ROOM, kader);
  addComment(pokja.doc, "k-role", "i-1", "Sudah dikunjungi", "kader", NOW);
  await waitFor(() => readComments(witness.doc).some((c) => c.id === "k-role"), "the kader's comment relayed");
  addComment(pokja.doc, "k-forged", "i-1", "Disetujui", "Pak Dedi", NOW);
  await waitFor(() => pokja.closed.length > 0, "the kader's forged comment refused");
  expect(pokja.closed[0]?.code).toBe(4403);

  // the lurah records a claim for an agency at a rembuk, signed with its liaison's name: she may
  claim(witness.doc, "c-rembuk", onFamily("kel-3", "DLHK"), "Pak Dedi", NOW);
  await waitFor(() => readConfirmations(witness.doc).has("c-rembuk"), "the lurah's claim confirmed");
  expect(witness.closed).toEqual([]);

  // what the relay stored: nothing signed with a borrowed name by anyone but the lurah
  const fresh = await openSyncedClient(relay.syncUrl, ROOM, lurah);
  expect(readClaims(fresh.doc).map((c) => c.id).sort()).toEqual(["c-offline", "c-rembuk"]);
  expect(readComments(fresh.doc).map((c) => c.id)).toEqual(["k-role"]);
});
