// The process's short memory of API keys it has looked up, so a busy client
// costs the database one query per key every few seconds instead of one per
// request. What is kept is the row (hash, scopes, expiry, revocation), never
// a verdict: each request still checks its secret against the hash, and the
// expiry against the clock.
//
// How stale it may be: KEY_CACHE_TTL_MS. Revoking in this process drops the
// entry at once (revokeApiKey calls forgetApiKey); another instance keeps
// serving a revoked key for at most KEY_CACHE_TTL_MS after the revocation.
// Kept on globalThis because Next.js's bundle (where the revoke action runs)
// and Sapo's own server (which answers the API) load separate copies of this
// module in the same process.
import type { ApiScope } from "@/lib/api/schemas";

/** How long a looked-up key is trusted without asking the database again. */
export const KEY_CACHE_TTL_MS = 5_000;
/** Most keys remembered; the oldest entry goes first past this. */
const MAX_ENTRIES = 10_000;

export type CachedApiKey = {
  id: string;
  prefix: string;
  secretHash: string;
  scopes: ApiScope[];
  expiresAt: Date | null;
  revokedAt: Date | null;
};

/** `verified`: a request has passed with this key's secret since it was looked up. */
type Entry = { key: CachedApiKey; at: number; verified: boolean };

const KEY = Symbol.for("sapo.api-key-cache");
const holder = globalThis as unknown as Record<typeof KEY, Map<string, Entry> | undefined>;
const entries = (): Map<string, Entry> => (holder[KEY] ??= new Map());

function fresh(prefix: string, now: number, ttlMs: number): Entry | null {
  const entry = entries().get(prefix);
  if (!entry) return null;
  if (now - entry.at >= ttlMs || now < entry.at) {
    entries().delete(prefix);
    return null;
  }
  return entry;
}

/** The key with this prefix if it was looked up less than `ttlMs` ago. */
export function cachedApiKey(prefix: string, now: number, ttlMs = KEY_CACHE_TTL_MS): CachedApiKey | null {
  return fresh(prefix, now, ttlMs)?.key ?? null;
}

/** The same, but only when a request has passed with it since (not merely been tried with it). */
export function verifiedApiKey(prefix: string, now: number, ttlMs = KEY_CACHE_TTL_MS): CachedApiKey | null {
  const entry = fresh(prefix, now, ttlMs);
  return entry?.verified ? entry.key : null;
}

export function markApiKeyVerified(prefix: string): void {
  const entry = entries().get(prefix);
  if (entry) entry.verified = true;
}

export function rememberApiKey(key: CachedApiKey, now: number): void {
  const map = entries();
  map.delete(key.prefix);
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as string);
  map.set(key.prefix, { key, at: now, verified: false });
}

/** Drops a key from this process's memory (it was revoked). */
export function forgetApiKey(prefix: string): void {
  entries().delete(prefix);
}
