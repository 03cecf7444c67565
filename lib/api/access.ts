// Who may ask the content API, and how often: lib/api/handler.ts calls
// admitApiRequest for every request (openapi.json aside) and answers its
// refusals as they are (status, code, message key, Retry-After).
//
// - A key comes as `Authorization: Bearer <key>` or `X-Api-Key: <key>`.
//   Unknown, revoked and expired keys are refused with 401; a key without
//   the route's scope with 403. Each key has its own limit
//   (apiRateLimitPerKey).
// - Without a key: refused with 401 unless anonymous access is on
//   (apiAnonymousAccess, off by default); then limited per address
//   (apiRateLimitPerAddress; an IPv6 address counts with its /64).
// - Failed keys count against their address (its own bucket, the same
//   limit), so keys cannot be tried fast. Once an address has used that up,
//   any key it presents is refused with 429 without being checked (a right
//   guess must look no different from a wrong one), unless a request has
//   passed with that very secret in the last few seconds. A real key behind
//   that address waits at most a minute.
// - Last use is noted in the background (lib/api-keys/verify-key.ts).
// Keys and settings are looked up on the primary database, through short
// caches (lib/api-keys/key-cache.ts, lib/api/access-settings.ts).
import type { IncomingHttpHeaders } from "node:http";
import net from "node:net";
import type { Db } from "@/lib/db/client";
import { apiAccessSettings } from "@/lib/api/access-settings";
import { processRateLimiter, type RateDecision, type RateLimiter } from "@/lib/api/rate-limit";
import type { ApiScope } from "@/lib/api/schemas";
import { markApiKeyVerified, verifiedApiKey } from "@/lib/api-keys/key-cache";
import { parseApiKey, secretMatches } from "@/lib/api-keys/secret";
import { checkApiKey, lookupApiKey, noteApiKeyUse, type KeyVerdict } from "@/lib/api-keys/verify-key";
import { clientIp } from "@/lib/http/client-ip";

export type AccessDeps = {
  /** The primary database (a replica might still show a revoked key as live). */
  db: Db;
  /** Default: the process's limiter (lib/api/rate-limit.ts). */
  limiter?: RateLimiter;
  /** Default: Date.now (tests move the clock). */
  now?: () => number;
  /** How long settings and keys may be kept; defaults in access-settings.ts and key-cache.ts (tests use 0). */
  settingsTtlMs?: number;
  keyTtlMs?: number;
};

export type ApiAccessRequest = {
  authorization?: string;
  /** The X-Api-Key header, used when there is no Authorization header. */
  apiKey?: string;
  /** The caller's address (lib/http/client-ip.ts); null when unknown. */
  address: string | null;
};

export type ApiIdentity = { kind: "key"; keyId: string } | { kind: "anonymous"; address: string };

export type ApiRefusal = { ok: false; status: 401 | 403 | 429; code: string; messageKey: string; retryAfterSeconds?: number };

export type Admission = { ok: true; identity: ApiIdentity } | ApiRefusal;

const refuse = (status: 401 | 403, code: string, messageKey: string): ApiRefusal => ({ ok: false, status, code, messageKey });
const tooMany = (decision: Extract<RateDecision, { allowed: false }>): ApiRefusal => ({
  ok: false,
  status: 429,
  code: "rate_limited",
  messageKey: "api.errors.rateLimited",
  retryAfterSeconds: decision.retryAfterSeconds,
});

const REFUSED_KEY = {
  invalid: refuse(401, "key_invalid", "api.errors.keyInvalid"),
  revoked: refuse(401, "key_revoked", "api.errors.keyRevoked"),
  expired: refuse(401, "key_expired", "api.errors.keyExpired"),
} as const;

/** What admitApiRequest needs from a Node request's headers (the address from the x-sapo-peer header Sapo's server stamps). */
export function apiAccessRequest(headers: IncomingHttpHeaders): ApiAccessRequest {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return { authorization: one(headers.authorization), apiKey: one(headers["x-api-key"]), address: clientIp(headers) };
}

/**
 * The bucket an address counts in: itself for IPv4, its /64 for IPv6 (one
 * subscriber's network is usually a whole /64, so one address each would
 * give anyone billions of fresh limits).
 */
export function addressBucket(address: string): string {
  if (!net.isIPv6(address)) return address;
  const [head, tail = ""] = address.toLowerCase().split("::");
  const groups = (part: string) => (part ? part.split(":") : []);
  const [left, right] = [groups(head), groups(tail)];
  const full = address.includes("::") ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${full.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** The key presented, "" for a header that is there but holds no bearer key, undefined for none. */
function presentedKey(request: ApiAccessRequest): string | undefined {
  const auth = request.authorization?.trim();
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    return match ? match[1] : "";
  }
  const header = request.apiKey?.trim();
  return header === undefined ? undefined : header;
}

export async function admitApiRequest(deps: AccessDeps, request: ApiAccessRequest, scope: ApiScope): Promise<Admission> {
  const now = (deps.now ?? Date.now)();
  const limiter = deps.limiter ?? processRateLimiter();
  const settings = await apiAccessSettings(deps.db, now, deps.settingsTtlMs);
  const address = request.address ?? "unknown";
  const token = presentedKey(request);

  if (token === undefined) {
    if (!settings.apiAnonymousAccess) return refuse(401, "key_required", "api.errors.keyRequired");
    const decision = await limiter.consume(`addr:${addressBucket(address)}`, settings.apiRateLimitPerAddress);
    return decision.allowed ? { ok: true, identity: { kind: "anonymous", address } } : tooMany(decision);
  }

  const failures = `fail:${addressBucket(address)}`;
  const parsed = parseApiKey(token);
  // Passed a moment ago with this very secret: no need to ask the address's failures.
  const recent = parsed && verifiedApiKey(parsed.prefix, now, deps.keyTtlMs);
  if (!(parsed && recent && secretMatches(parsed.secret, recent.secretHash))) {
    const blocked = await limiter.check(failures, settings.apiRateLimitPerAddress);
    if (!blocked.allowed) return tooMany(blocked);
  }
  const verdict: KeyVerdict = parsed
    ? checkApiKey(await lookupApiKey(deps.db, parsed.prefix, now, deps.keyTtlMs), parsed.secret, now)
    : { ok: false, reason: "invalid" };
  if (!parsed || !verdict.ok) {
    const decision = await limiter.consume(failures, settings.apiRateLimitPerAddress);
    return decision.allowed ? REFUSED_KEY[verdict.ok ? "invalid" : verdict.reason] : tooMany(decision);
  }

  markApiKeyVerified(parsed.prefix);
  noteApiKeyUse(deps.db, verdict.keyId, now);
  const decision = await limiter.consume(`key:${verdict.keyId}`, settings.apiRateLimitPerKey);
  if (!decision.allowed) return tooMany(decision);
  if (!verdict.scopes.includes(scope)) return refuse(403, "scope_missing", "api.errors.scopeMissing");
  return { ok: true, identity: { kind: "key", keyId: verdict.keyId } };
}
