import { describe, expect, it } from "vitest";
import { addressKind, inviteBases, publicUrlOf, relayAddresses, type InterfaceAddress, type RelayAddress } from "./addresses.ts";

const v4 = (address: string, internal = false): InterfaceAddress => ({ address, family: "IPv4", internal });
const v6 = (address: string, internal = false): InterfaceAddress => ({ address, family: "IPv6", internal });

// A kelurahan laptop: loopback, Wi-Fi on the office router, a Docker bridge, IPv6 link-local and unique-local.
const LAPTOP = {
  lo: [v4("127.0.0.1", true), v6("::1", true)],
  docker0: [v4("172.17.0.1")],
  wlan0: [v4("192.168.1.10"), v6("fe80::1c2:3ff:fe44:5566"), v6("fd00::10")],
};

describe("addressKind", () => {
  it.each<[string, ReturnType<typeof addressKind>]>([
    ["127.0.0.1", "loopback"],
    ["127.8.0.1", "loopback"],
    ["localhost", "loopback"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["192.168.1.10", "lan"],
    ["10.0.0.5", "lan"],
    ["172.16.0.1", "lan"],
    ["172.31.255.1", "lan"],
    ["172.32.0.1", "other"],
    ["192.0.2.2", "other"],
    ["36.85.10.1", "other"],
    ["kelurahan.local", "other"],
    ["rembuk.kutaikartanegarakab.go.id", "other"],
    ["169.254.10.1", null],
    ["0.0.0.0", null],
    ["224.0.0.1", null],
    ["fe80::1", null],
    ["::", null],
    ["fd00::10", "ipv6"],
    ["2001:db8::1", "ipv6"],
    ["999.1.1.1", "other"],
  ])("%s is %s", (host, kind) => {
    expect(addressKind(host)).toBe(kind);
  });
});

describe("publicUrlOf", () => {
  it.each<[string | undefined, string | null]>([
    [undefined, null],
    ["", null],
    ["https://rembuk.example.go.id", "https://rembuk.example.go.id"],
    ["https://rembuk.example.go.id/", "https://rembuk.example.go.id"],
    ["http://kelurahan.local:8080/rembuk/", "http://kelurahan.local:8080/rembuk"],
    ["ftp://rembuk.example", null],
    ["rembuk.example.go.id", null],
    ["https://x.example/?a=1", null],
    ["https://x.example/#/gabung", null],
    ["https://bad host", null],
  ])("%s → %s", (value, expected) => {
    expect(publicUrlOf(value)).toBe(expected);
  });
});

describe("relayAddresses: what the relay can be reached at", () => {
  it("lists every IPv4 interface when listening on 0.0.0.0: the office LAN first, the Docker bridge next, loopback last", () => {
    expect(relayAddresses(LAPTOP, { port: 8080, host: "0.0.0.0", tls: false, publicUrl: null })).toEqual([
      { url: "http://192.168.1.10:8080", kind: "lan", interface: "wlan0" },
      { url: "http://172.17.0.1:8080", kind: "lan", interface: "docker0" },
      { url: "http://127.0.0.1:8080", kind: "loopback", interface: "lo" },
    ]);
  });

  it("adds IPv6 (not link-local) when listening on ::, in brackets, and https without port 443", () => {
    expect(relayAddresses(LAPTOP, { port: 443, host: "::", tls: true, publicUrl: null }).map((a) => a.url)).toEqual([
      "https://192.168.1.10",
      "https://172.17.0.1",
      "https://[fd00::10]",
      "https://127.0.0.1",
      "https://[::1]",
    ]);
  });

  it("puts PUBLIC_URL first", () => {
    const list = relayAddresses(LAPTOP, { port: 8080, host: "0.0.0.0", tls: false, publicUrl: "https://rembuk.example.go.id" });
    expect(list[0]).toEqual({ url: "https://rembuk.example.go.id", kind: "public", interface: null });
    expect(list).toHaveLength(4);
  });

  it("lists only the one address it listens on when bound to it", () => {
    expect(relayAddresses(LAPTOP, { port: 8080, host: "127.0.0.1", tls: false, publicUrl: null })).toEqual([{ url: "http://127.0.0.1:8080", kind: "loopback", interface: null }]);
    expect(relayAddresses(LAPTOP, { port: 8080, host: "192.168.1.10", tls: true, publicUrl: null })).toEqual([{ url: "https://192.168.1.10:8080", kind: "lan", interface: null }]);
  });

  it("ranks 192.168 over 10 over 172.16, and a real interface over a virtual one of the same range", () => {
    const list = relayAddresses(
      { br0: [v4("10.1.1.1")], "br-5f3a": [v4("192.168.49.1")], eth0: [v4("172.20.0.5")], wlp2s0: [v4("192.168.0.7")], ppp0: [v4("36.85.10.1")] },
      { port: 80, host: "0.0.0.0", tls: false, publicUrl: null },
    );
    expect(list.map((a) => a.url)).toEqual(["http://192.168.0.7", "http://10.1.1.1", "http://172.20.0.5", "http://192.168.49.1", "http://36.85.10.1"]);
  });
});

describe("inviteBases: what the lurah picks from, best first", () => {
  const relay = relayAddresses(LAPTOP, { port: 8080, host: "0.0.0.0", tls: false, publicUrl: null });
  const urls = (list: RelayAddress[]) => list.map((a) => a.url);

  it.each<[string, string, string[]]>([
    ["opened as localhost (the README's demo link): the LAN address, localhost last and once", "http://localhost:8080", ["http://192.168.1.10:8080", "http://172.17.0.1:8080", "http://localhost:8080"]],
    ["opened at the LAN address: that one, not twice", "http://192.168.1.10:8080", ["http://192.168.1.10:8080", "http://172.17.0.1:8080", "http://127.0.0.1:8080"]],
    ["opened by a name the relay cannot know (a proxy, mDNS): that name first", "https://kelurahan.local", ["https://kelurahan.local", "http://192.168.1.10:8080", "http://172.17.0.1:8080", "http://127.0.0.1:8080"]],
  ])("%s", (_what, page, expected) => {
    expect(urls(inviteBases(relay, page))).toEqual(expected);
  });

  it("keeps PUBLIC_URL above the page's own name", () => {
    const withPublic = relayAddresses(LAPTOP, { port: 8080, host: "0.0.0.0", tls: false, publicUrl: "https://rembuk.example.go.id" });
    expect(urls(inviteBases(withPublic, "https://kelurahan.local")).slice(0, 2)).toEqual(["https://rembuk.example.go.id", "https://kelurahan.local"]);
  });

  it("falls back to the page's address when the relay lists nothing (an older relay, offline)", () => {
    expect(inviteBases([], "http://localhost:8080")).toEqual([{ url: "http://localhost:8080", kind: "loopback", interface: null }]);
  });
});
