import { expect, it } from "vitest";
import { openClient, openSyncedClient } from "./support/clients.ts";
import { startRelay } from "./support/relay.ts";
import { token } from "./support/tokens.ts";
import { waitFor } from "./support/waitFor.ts";

it("awareness is relayed both ways, including from a read-only viewer, and sent to late joiners", async () => {
  const { syncUrl } = await startRelay();
  const writer = await openSyncedClient(syncUrl, "desa-a/board", token("desa-a", "kader"));
  const viewer = await openSyncedClient(syncUrl, "desa-a/board", token("desa-a", "viewer"));

  viewer.provider.awareness.setLocalStateField("user", { color: "#1f6f5c" });
  writer.provider.awareness.setLocalStateField("user", { color: "#aa3300" });
  await waitFor(() => writer.provider.awareness.getStates().get(viewer.doc.clientID) !== undefined, "viewer presence at writer");
  await waitFor(() => viewer.provider.awareness.getStates().get(writer.doc.clientID) !== undefined, "writer presence at viewer");

  // A late joiner gets the current states on connect.
  const late = openClient(syncUrl, "desa-a/board", token("desa-a", "lurah"));
  await waitFor(() => late.provider.awareness.getStates().has(viewer.doc.clientID), "late joiner sees presence");
  expect(late.provider.awareness.getStates().get(viewer.doc.clientID)).toEqual({ user: { color: "#1f6f5c" } });

  // Leaving removes the presence for the others.
  viewer.provider.disconnect();
  await waitFor(() => !writer.provider.awareness.getStates().has(viewer.doc.clientID), "viewer presence removed");
});
