/**
 * Which address an invite link should carry (issue 14, item 5). A lurah who opened the app as
 * `localhost` would otherwise send links that are dead on a kader's phone. The relay lists the
 * addresses it can be reached at (its network interfaces, its port, http or https, and the
 * operator's PUBLIC_URL); the lurah's app adds the address it was opened at and ranks them, best
 * first: PUBLIC_URL; the page's own address when it is a name or an address phones can reach;
 * private LAN IPv4 (192.168/16, then 10/8, then 172.16/12; virtual interfaces such as docker0
 * after real ones); other IPv4; IPv6 (unique-local or global); loopback last (one entry: it only
 * works on the relay's own machine). Link-local addresses are left out (they need a zone).
 */
export type AddressKind = "public" | "page" | "lan" | "other" | "ipv6" | "loopback";

export interface RelayAddress {
  /** origin (or PUBLIC_URL's base) without a trailing slash: the link is `${url}/#/gabung?token=...` */
  url: string;
  kind: AddressKind;
  /** the network interface's name ("wlan0"), or null */
  interface: string | null;
}

/** One entry of os.networkInterfaces(), as plain data. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

export interface RelayListen {
  port: number;
  /** the address the relay listens on: "0.0.0.0" (every IPv4 interface), "::" (every interface) or one address */
  host: string;
  tls: boolean;
  /** PUBLIC_URL, already checked (publicUrlOf) */
  publicUrl: string | null;
}

const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|lxc|lxd|cni|flannel|cali|tun|tap|wg|tailscale|zt|utun)/i;

function ipv4Parts(address: string): number[] | null {
  const parts = address.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number);
}

/** What kind of address this is; null for one that phones cannot use (link-local, unspecified). */
export function addressKind(host: string): Exclude<AddressKind, "public" | "page"> | null {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost") || h === "::1") return "loopback";
  const v4 = ipv4Parts(h);
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    if (a === 127) return "loopback";
    if (a === 0 || (a === 169 && b === 254) || a >= 224) return null;
    if (a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31)) return "lan";
    return "other";
  }
  if (h.includes(":")) {
    if (h === "::" || h.startsWith("fe8") || h.startsWith("fe9") || h.startsWith("fea") || h.startsWith("feb")) return null;
    return "ipv6";
  }
  return "other"; // a DNS name
}

/** Within "lan": 192.168/16 first (home and office routers), then 10/8, then 172.16/12 (often container bridges). */
function lanOrder(host: string): number {
  const v4 = ipv4Parts(host);
  if (!v4) return 3;
  return v4[0] === 192 ? 0 : v4[0] === 10 ? 1 : 2;
}

const KIND_RANK: Record<AddressKind, number> = { public: 0, page: 1, lan: 2, other: 3, ipv6: 4, loopback: 5 };

function rank(a: RelayAddress): number[] {
  const host = hostOf(a.url);
  const virtual = a.interface !== null && VIRTUAL.test(a.interface) ? 1 : 0;
  return [KIND_RANK[a.kind], virtual, a.kind === "lan" ? lanOrder(host) : 0];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function hostOf(url: string): string {
  const match = /^[a-z]+:\/\/(\[[^\]]+\]|[^/:]+)/i.exec(url);
  return (match?.[1] ?? "").replace(/^\[|\]$/g, "");
}

function origin(host: string, port: number, tls: boolean): string {
  const scheme = tls ? "https" : "http";
  const shown = host.includes(":") ? `[${host}]` : host;
  const defaultPort = tls ? 443 : 80;
  return `${scheme}://${shown}${port === defaultPort ? "" : `:${port}`}`;
}

/** PUBLIC_URL as a link base (http or https, no query or fragment, no trailing slash), or null when it is not one. */
export function publicUrlOf(value: string | undefined): string | null {
  if (!value || !/^https?:\/\/[^\s]+$/i.test(value.trim())) return null;
  const v = value.trim();
  if (v.includes("?") || v.includes("#")) return null;
  return v.replace(/\/+$/, "");
}

/** The relay's side: every address of its interfaces it listens on, PUBLIC_URL first, ranked. */
export function relayAddresses(interfaces: Record<string, InterfaceAddress[] | undefined>, listen: RelayListen): RelayAddress[] {
  const out: RelayAddress[] = [];
  if (listen.publicUrl) out.push({ url: listen.publicUrl, kind: "public", interface: null });
  const everyV4 = listen.host === "0.0.0.0" || listen.host === "";
  const every = listen.host === "::";
  if (!everyV4 && !every) {
    const kind = addressKind(listen.host);
    if (kind) out.push({ url: origin(listen.host, listen.port, listen.tls), kind, interface: null });
    return out;
  }
  for (const [name, list] of Object.entries(interfaces)) {
    for (const entry of list ?? []) {
      const v6 = entry.family === "IPv6" || entry.family === 6;
      if (v6 && !every) continue;
      const kind = addressKind(entry.address);
      if (!kind) continue;
      out.push({ url: origin(entry.address, listen.port, listen.tls), kind, interface: name });
    }
  }
  return sortAddresses(out);
}

export function sortAddresses(list: RelayAddress[]): RelayAddress[] {
  return list
    .map((a, i) => ({ a, i, r: rank(a) }))
    .sort((x, y) => compareRanks(x.r, y.r) || x.i - y.i)
    .map((x) => x.a);
}

/**
 * The lurah's side: the relay's addresses plus the one the app was opened at, ranked, each url
 * once, loopback reduced to one entry (the page's own when it is loopback).
 */
export function inviteBases(relay: RelayAddress[], pageOrigin: string): RelayAddress[] {
  const pageKind = addressKind(hostOf(pageOrigin));
  const page: RelayAddress | null = pageKind ? { url: pageOrigin.replace(/\/+$/, ""), kind: pageKind === "loopback" ? "loopback" : "page", interface: null } : null;
  const listed = relay.some((a) => a.url === page?.url);
  const all = sortAddresses([...(page && !listed ? [page] : []), ...relay]);
  const loopback = page?.kind === "loopback" ? page : all.find((a) => a.kind === "loopback");
  const seen = new Set<string>();
  return all.filter((a) => {
    if (a.kind === "loopback" && a !== loopback) return false;
    if (seen.has(a.url)) return false;
    seen.add(a.url);
    return true;
  });
}
