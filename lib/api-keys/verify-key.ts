// Checking a presented API key, and noting that it was used.
// - lookupApiKey: the key with a prefix, from the process's cache
//   (lib/api-keys/key-cache.ts) or the primary database (a replica could
//   still show a key as live after its revocation).
// - checkApiKey: the verdict for a presented secret. Revoked and expired are
//   said only to whoever holds the right secret; anyone else hears "invalid".
// - noteApiKeyUse: writes lastUsedAt at most once a minute per key and
//   instance (LAST_USE_INTERVAL_MS), in the background: the request does not
//   wait for it, and the write is conditional so several instances do not all
//   write within the same minute. A failed write is logged, not retried: the
//   next use a minute later writes again.
import type { Db } from "@/lib/db/client";
import type { ApiScope } from "@/lib/api/schemas";
import { cachedApiKey, rememberApiKey, type CachedApiKey } from "@/lib/api-keys/key-cache";
import { secretMatches } from "@/lib/api-keys/secret";
import { parseScopes } from "@/lib/api-keys/view";

/** How often a key's last use is written at most. */
export const LAST_USE_INTERVAL_MS = 60_000;

export type KeyVerdict = { ok: true; keyId: string; scopes: ApiScope[] } | { ok: false; reason: "invalid" | "revoked" | "expired" };

/** The key with `prefix`, or null when there is none; looked up in the database when the cache does not hold it. */
export async function lookupApiKey(db: Db, prefix: string, now: number, ttlMs?: number): Promise<CachedApiKey | null> {
  const cached = cachedApiKey(prefix, now, ttlMs);
  if (cached) return cached;
  const row = await db.apiKey.findUnique({
    where: { prefix },
    select: { id: true, prefix: true, secretHash: true, scopes: true, expiresAt: true, revokedAt: true },
  });
  if (!row) return null;
  const key: CachedApiKey = { ...row, scopes: parseScopes(row.scopes) };
  rememberApiKey(key, now);
  return key;
}

export function checkApiKey(key: CachedApiKey | null, secret: string, now: number): KeyVerdict {
  if (!key || !secretMatches(secret, key.secretHash)) return { ok: false, reason: "invalid" };
  if (key.revokedAt) return { ok: false, reason: "revoked" };
  if (key.expiresAt && key.expiresAt.getTime() <= now) return { ok: false, reason: "expired" };
  return { ok: true, keyId: key.id, scopes: key.scopes };
}

type UseState = { written: Map<string, number>; pending: Set<Promise<void>> };
// Shared by every copy of this module in the process, like the key cache.
const KEY = Symbol.for("sapo.api-key-use");
const holder = globalThis as unknown as Record<typeof KEY, UseState | undefined>;
const state = (): UseState => (holder[KEY] ??= { written: new Map(), pending: new Set() });

/** Notes a use of the key; writes to the database only when this instance has not in the last minute. */
export function noteApiKeyUse(db: Db, keyId: string, now: number): void {
  const { written, pending } = state();
  const last = written.get(keyId);
  if (last !== undefined && now - last < LAST_USE_INTERVAL_MS && now >= last) return;
  written.set(keyId, now);
  if (written.size > 10_000) {
    for (const [id, at] of written) if (now - at >= LAST_USE_INTERVAL_MS) written.delete(id);
  }
  const write = db.apiKey
    .updateMany({
      where: { id: keyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now - LAST_USE_INTERVAL_MS) } }] },
      data: { lastUsedAt: new Date(now) },
    })
    .then(
      () => undefined,
      (e: unknown) => console.error("API keys: recording a key's last use:", e),
    );
  pending.add(write);
  void write.finally(() => pending.delete(write));
}

/** Resolves once the last-use writes under way are done (tests, shutdown). */
export async function settleApiKeyUse(): Promise<void> {
  await Promise.all(state().pending);
}
