// The settings the API reads on every request (anonymous access, the rate
// limits), kept for a few seconds: reading the settings table for each
// request would cost the API much of its speed. A change made in the
// newsroom takes effect within SETTINGS_TTL_MS on every instance; at once in
// this process when the settings action calls forgetApiAccessSettings().
// Kept on globalThis (per database client) because Next.js's bundle, where
// settings are saved, and Sapo's own server, which answers the API, load
// separate copies of this module.
import type { Db } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import type { ApiSettingValues } from "@/lib/settings/api";

export const SETTINGS_TTL_MS = 5_000;

export type ApiAccessSettings = Pick<ApiSettingValues, "apiAnonymousAccess" | "apiRateLimitPerKey" | "apiRateLimitPerAddress">;

type Entry = { at: number; value: Promise<ApiAccessSettings> };

const KEY = Symbol.for("sapo.api-access-settings");
const holder = globalThis as unknown as Record<typeof KEY, WeakMap<object, Entry> | undefined>;
const entries = () => (holder[KEY] ??= new WeakMap());

export function apiAccessSettings(db: Db, now: number, ttlMs = SETTINGS_TTL_MS): Promise<ApiAccessSettings> {
  const entry = entries().get(db);
  if (entry && now - entry.at < ttlMs && now >= entry.at) return entry.value;
  // The promise is kept, so requests arriving together share one read; a
  // failed read is not kept.
  const value = getSiteSettings(db).then(({ apiAnonymousAccess, apiRateLimitPerKey, apiRateLimitPerAddress }) => ({
    apiAnonymousAccess,
    apiRateLimitPerKey,
    apiRateLimitPerAddress,
  }));
  entries().set(db, { at: now, value });
  value.catch(() => {
    if (entries().get(db)?.value === value) entries().delete(db);
  });
  return value;
}

/** Forgets the kept settings, so the next request reads them again (after saving them). */
export function forgetApiAccessSettings(): void {
  holder[KEY] = new WeakMap();
}
