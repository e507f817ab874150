import { describe, expect, it } from "vitest";
import { revokedMemberIds, type DirectoryMember, type InviteStanding } from "./directory.ts";

const member = (id: string, name: string, role: DirectoryMember["role"], inviteId = ""): DirectoryMember => ({ id, name, role, agency: "", position: "", createdAt: "", inviteId, revokedAt: "" });
const invite = (jti: string, name: string | null, role: InviteStanding["role"], state: InviteStanding["state"]): InviteStanding => ({ jti, name, role, state });

describe("revokedMemberIds", () => {
  it.each<[string, DirectoryMember[], InviteStanding[], string[]]>([
    ["a member linked to a revoked invite", [member("m1", "Ani", "kader", "j1")], [invite("j1", "Ani", "kader", "revoked")], ["m1"]],
    ["a member linked to an active invite, with an older revoked one of the same name", [member("m1", "Ani", "kader", "j2")], [invite("j1", "Ani", "kader", "revoked"), invite("j2", "Ani", "kader", "active")], []],
    ["an entry made before invites were linked, matched by name and role", [member("m1", "ani ", "kader")], [invite("j1", "Ani", "kader", "revoked")], ["m1"]],
    ["the same name in another role keeps its access", [member("m1", "Ani", "lurah")], [invite("j1", "Ani", "kader", "revoked")], []],
    ["an unlinked entry with an active invite of the same name and role", [member("m1", "Ani", "kader")], [invite("j1", "Ani", "kader", "revoked"), invite("j2", "Ani", "kader", "active")], []],
    ["an expired invite is not a revocation", [member("m1", "Ani", "kader", "j1")], [invite("j1", "Ani", "kader", "expired")], []],
    ["an invite without a name matches nobody by name", [member("m1", "Ani", "kader")], [invite("j1", null, "kader", "revoked")], []],
    ["a member added by hand and never invited", [member("m1", "Pak RT", "viewer")], [], []],
  ])("%s", (_name, members, invites, revoked) => {
    expect(revokedMemberIds(members, invites)).toEqual(revoked);
  });
});
