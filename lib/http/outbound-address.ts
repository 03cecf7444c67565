// Which addresses Sapo's server may connect to when it fetches something a
// user named (an image to import, later webhooks and oEmbed): the rules
// lib/http/safe-fetch.ts applies to every address it is about to connect to.
// Only globally reachable unicast addresses are public; everything private,
// loopback, link-local (cloud metadata at 169.254.169.254), unique-local,
// multicast, reserved or documentation is not, in IPv4 and IPv6 alike, with
// IPv4 carried inside IPv6 (::ffff:a.b.c.d, NAT64) judged by its IPv4 rule.
// Plain arithmetic on the address, no Node built-ins: unit-testable as is.

export type AddressClass = "public" | "loopback" | "private";

type Range = readonly [network: string, prefix: number];

// IANA's IPv4 special-purpose registry, plus multicast and the reserved block.
const NOT_PUBLIC_V4: readonly Range[] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["169.254.0.0", 16], // link-local (cloud metadata services)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
];
const LOOPBACK_V4: Range = ["127.0.0.0", 8];

// IPv6 is judged the other way round: only global unicast (2000::/3) may be
// public, minus its special blocks. Unique-local (fc00::/7), link-local
// (fe80::/10), multicast (ff00::/8), loopback and unspecified all lie outside it.
const GLOBAL_UNICAST_V6: Range = ["2000::", 3];
const NOT_PUBLIC_V6: readonly Range[] = [
  ["2001::", 23], // IETF protocol assignments (Teredo, benchmarking, ORCHID)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: an IPv4 address in disguise
  ["3fff::", 20], // documentation
];
/** Where IPv4 rides inside IPv6: mapped (::ffff:0:0/96) and NAT64's well-known prefix (64:ff9b::/96). */
const IPV4_INSIDE_V6: readonly Range[] = [
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
];

/** An IPv4 address in dotted-quad form as 4 bytes, or null. */
function v4Bytes(address: string): number[] | null {
  const parts = address.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number);
}

/** An IPv6 address (without brackets or zone) as 16 bytes, or null. Accepts a dotted IPv4 tail. */
function v6Bytes(address: string): number[] | null {
  let text = address.toLowerCase();
  const tail = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const four = v4Bytes(tail[2]);
    if (!four) return null;
    text = `${tail[1]}${((four[0] << 8) | four[1]).toString(16)}:${((four[2] << 8) | four[3]).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === "" ? [] : s.split(":"));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

/** Whether the first `prefix` bits of `bytes` equal those of `network`. */
function inRange(bytes: number[], network: number[], prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> bit % 8;
    if ((bytes[bit >> 3] & mask) !== (network[bit >> 3] & mask)) return false;
  }
  return true;
}

const inAny = (bytes: number[], ranges: readonly Range[], parse: (s: string) => number[] | null) =>
  ranges.some(([network, prefix]) => inRange(bytes, parse(network)!, prefix));

function classifyV4(bytes: number[]): AddressClass {
  if (inAny(bytes, [LOOPBACK_V4], v4Bytes)) return "loopback";
  return inAny(bytes, NOT_PUBLIC_V4, v4Bytes) ? "private" : "public";
}

function classifyV6(bytes: number[]): AddressClass {
  if (inAny(bytes, IPV4_INSIDE_V6, v6Bytes)) return classifyV4(bytes.slice(12));
  if (bytes.every((b, i) => b === (i === 15 ? 1 : 0))) return "loopback"; // ::1
  if (!inAny(bytes, [GLOBAL_UNICAST_V6], v6Bytes)) return "private";
  return inAny(bytes, NOT_PUBLIC_V6, v6Bytes) ? "private" : "public";
}

/**
 * What kind of address `address` is: an IP address as DNS answers it or as
 * the URL parser writes a host (IPv4 dotted quad; IPv6 with or without
 * brackets, a zone index counting as link-local). Anything else is "private":
 * what cannot be judged is not connected to.
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const v4 = v4Bytes(bare);
  if (v4) return classifyV4(v4);
  if (bare.includes("%")) return "private"; // a zone index: a link-local address
  const v6 = v6Bytes(bare);
  return v6 ? classifyV6(v6) : "private";
}

/** Whether `host` (a URL's hostname) is an IP address rather than a name to look up. */
export function isIpLiteral(host: string): boolean {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  return v4Bytes(bare) !== null || (bare.includes(":") && v6Bytes(bare.split("%")[0]) !== null);
}
