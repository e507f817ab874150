import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addDirectoryMember, deactivateAgency, deleteAgency, readAgencies, readDirectory, removeDirectoryMember, setDirectoryAccess, updateDirectoryMember, upsertAgency } from "./meta.ts";

const NOW = new Date("2026-11-22T02:00:00Z");

describe("member directory", () => {
  it("lists members by name with their role, agency and position", () => {
    const doc = new Y.Doc();
    addDirectoryMember(doc, "m2", { name: "Yuli", role: "kader", agency: "DINSOS", position: "Kader KB" }, NOW);
    addDirectoryMember(doc, "m1", { name: "Rina", role: "opd", agency: "DINSOS", position: "" }, NOW);
    expect(readDirectory(doc)).toEqual([
      { id: "m1", name: "Rina", role: "opd", agency: "DINSOS", position: "", createdAt: NOW.toISOString(), inviteId: "", revokedAt: "" },
      { id: "m2", name: "Yuli", role: "kader", agency: "", position: "Kader KB", createdAt: NOW.toISOString(), inviteId: "", revokedAt: "" },
    ]);
  });

  it("refuses an empty name, an unknown role or an unsafe id", () => {
    const doc = new Y.Doc();
    expect(addDirectoryMember(doc, "m1", { name: " ", role: "kader", agency: "", position: "" }, NOW)).toBe(false);
    expect(addDirectoryMember(doc, "m1", { name: "A", role: "raja" as "kader", agency: "", position: "" }, NOW)).toBe(false);
    expect(addDirectoryMember(doc, "__proto__", { name: "A", role: "kader", agency: "", position: "" }, NOW)).toBe(false);
    expect(readDirectory(doc)).toEqual([]);
  });

  it("merges concurrent edits of different fields and removes a member", () => {
    const a = new Y.Doc();
    addDirectoryMember(a, "m1", { name: "Yuli", role: "kader", agency: "", position: "" }, NOW);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateDirectoryMember(a, "m1", { position: "Ketua Pokja" });
    updateDirectoryMember(b, "m1", { name: "Bu Yuli" });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readDirectory(a)[0]).toMatchObject({ name: "Bu Yuli", position: "Ketua Pokja" });
    expect(removeDirectoryMember(a, "m1")).toBe(true);
    expect(readDirectory(a)).toEqual([]);
  });

  it("skips what an untrusted peer wrote in the wrong shape", () => {
    const doc = new Y.Doc();
    const members = doc.getMap<unknown>("members");
    members.set("plain", { name: "x", role: "kader" });
    const noRole = new Y.Map<unknown>();
    members.set("m1", noRole);
    noRole.set("name", "Tanpa peran");
    const badAgency = new Y.Map<unknown>();
    members.set("m2", badAgency);
    badAgency.set("name", "Rina");
    badAgency.set("role", "opd");
    badAgency.set("agency", "<script>");
    expect(readDirectory(doc)).toEqual([{ id: "m2", name: "Rina", role: "opd", agency: "", position: "", createdAt: "", inviteId: "", revokedAt: "" }]);
  });

  it("keeps the invite a member joined with, marks the member revoked and links a new invite again", () => {
    const doc = new Y.Doc();
    addDirectoryMember(doc, "m1", { name: "Ani", role: "kader", agency: "", position: "" }, NOW, "jti-1");
    expect(readDirectory(doc)[0]).toMatchObject({ inviteId: "jti-1", revokedAt: "" });
    expect(setDirectoryAccess(doc, "m1", { revokedAt: NOW.toISOString() })).toBe(true);
    expect(readDirectory(doc)[0]).toMatchObject({ inviteId: "jti-1", revokedAt: NOW.toISOString() });
    setDirectoryAccess(doc, "m1", { inviteId: "jti-2", revokedAt: "" });
    expect(readDirectory(doc)[0]).toMatchObject({ inviteId: "jti-2", revokedAt: "" });
    expect(setDirectoryAccess(doc, "nobody", { revokedAt: "x" })).toBe(false);
  });
});

describe("agencies", () => {
  it("an agency removed while in use is kept inactive, and adding it again brings it back; an unused one is deleted", () => {
    const doc = new Y.Doc();
    upsertAgency(doc, { code: "DINSOS", name: "Dinas Sosial" });
    upsertAgency(doc, { code: "DNKES", name: "salah ketik" });
    expect(deactivateAgency(doc, "DINSOS", NOW)).toBe(true);
    expect(deleteAgency(doc, "DNKES")).toBe(true);
    expect(readAgencies(doc)).toEqual([{ code: "DINSOS", name: "Dinas Sosial", inactiveSince: NOW.toISOString() }]);
    upsertAgency(doc, { code: "DINSOS", name: "Dinas Sosial P3A" });
    expect(readAgencies(doc)).toEqual([{ code: "DINSOS", name: "Dinas Sosial P3A" }]);
    expect(deactivateAgency(doc, "NOPE", NOW)).toBe(false);
    expect(deleteAgency(doc, "NOPE")).toBe(false);
  });
});
