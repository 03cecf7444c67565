// The caller's address, for sign-in throttling and the audit log. Accepts a
// Headers object or next-auth's plain header record.
//
// The only address nobody can forge is the connection's own: Sapo's server
// (lib/server/http-server.ts) writes it into x-sapo-peer, replacing any such
// header a client sent. X-Forwarded-For and X-Real-IP are anyone's word, so
// they count only when that peer is a reverse proxy listed in TRUSTED_PROXIES
// (lib/config/env.ts); then the answer is the right-most X-Forwarded-For
// entry that is not itself a listed proxy: everything left of it was written
// by the client or by proxies we know nothing about.
import net from "node:net";
import { readTrustedProxies, type ProxyRange } from "@/lib/config/env";

/** Set by Sapo's server from the socket; never taken from the client. */
export const PEER_HEADER = "x-sapo-peer";

type HeaderSource = Headers | Record<string, unknown> | undefined;

export function clientIp(headers: HeaderSource, trusted: ProxyRange[] = trustedFromEnv()): string | null {
  const get = (name: string): string | null => {
    const value = headers instanceof Headers ? headers.get(name) : headers?.[name];
    if (Array.isArray(value)) return value.join(",");
    return typeof value === "string" && value ? value : null;
  };
  const peer = bareAddress(get(PEER_HEADER));
  if (!peer) return null;
  const isTrusted = matcher(trusted);
  if (!isTrusted(peer)) return peer;
  const hops = (get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = bareAddress(hops[i]);
    // The proxy wrote something that is not an address: believe nothing further left.
    if (!hop) return peer;
    if (!isTrusted(hop) || i === 0) return hop;
  }
  return bareAddress(get("x-real-ip")) ?? peer;
}

/**
 * An address without brackets, port or IPv4-mapped prefix ("[2001:db8::1]:443"
 * → "2001:db8::1", "::ffff:192.0.2.1" → "192.0.2.1"), or null if it is not one.
 */
function bareAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  return net.isIP(value) ? value.toLowerCase() : null;
}

const matchers = new WeakMap<ProxyRange[], (address: string) => boolean>();

function matcher(ranges: ProxyRange[]): (address: string) => boolean {
  let match = matchers.get(ranges);
  if (!match) {
    const list = new net.BlockList();
    for (const r of ranges) list.addSubnet(r.network, r.prefix, r.family);
    match = (address) => list.check(address, net.isIPv4(address) ? "ipv4" : "ipv6");
    matchers.set(ranges, match);
  }
  return match;
}

// TRUSTED_PROXIES is checked at start-up (scripts/start.ts); read once per value.
let fromEnv: { raw: string | undefined; ranges: ProxyRange[] } | undefined;
function trustedFromEnv(): ProxyRange[] {
  const raw = process.env.TRUSTED_PROXIES;
  if (!fromEnv || fromEnv.raw !== raw) fromEnv = { raw, ranges: readTrustedProxies(process.env) };
  return fromEnv.ranges;
}
