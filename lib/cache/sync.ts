// How a change to live content reaches every app instance and the CDN.
//
// Each instance keeps rendered reader pages in its own memory (the document
// cache, lib/reader/handler.ts), and a CDN may keep them too. A change to live content (publish, update,
// unpublish, corrections, featuring, sections, settings, the scheduler)
// writes a new "content version" to the shared database and asks the CDN to
// purge. Every instance polls that version (every CACHE_SYNC_INTERVAL_MS,
// 1 s by default) and, when it moves, marks its pages stale
// (lib/cache/content-signal.ts). Pages also expire on their own after 60 s,
// which bounds staleness if any of this fails.
//
// Not `server-only`: the scheduler and the sync loop run from
// instrumentation.ts, outside any request.
import { randomUUID } from "node:crypto";
import { signalContentChange } from "@/lib/cache/content-signal";
import type { Tx } from "@/lib/db/client";

export const CONTENT_VERSION_KEY = "cache.contentVersion";
// Short enough that a publish reaches every instance within 2 s; one indexed read a second.
export const DEFAULT_SYNC_INTERVAL_MS = 1000;

type SettingDb = Pick<Tx, "setting">;

export async function readContentVersion(db: SettingDb): Promise<string | null> {
  return (await db.setting.findUnique({ where: { key: CONTENT_VERSION_KEY }, select: { value: true } }))?.value ?? null;
}

/** How long after a change the CDN is asked to purge a second time. */
export const SECOND_PURGE_DELAY_MS = 3 * DEFAULT_SYNC_INTERVAL_MS;

/** Records that live content changed, for every instance, and asks the CDN to purge. */
export async function announceContentChange(db: SettingDb): Promise<string> {
  const value = randomUUID();
  await db.setting.upsert({ where: { key: CONTENT_VERSION_KEY }, create: { key: CONTENT_VERSION_KEY, value }, update: { value } });
  void purgeCdn();
  // Again once every instance has regenerated: a CDN request that reached a
  // not-yet-refreshed instance in between would otherwise keep the old page
  // for a whole s-maxage.
  setTimeout(() => void purgeCdn(), SECOND_PURGE_DELAY_MS).unref();
  return value;
}

/**
 * Live content changed in this process: its reader pages go stale at once
 * (lib/cache/content-signal.ts), every other instance's and the CDN's
 * through the announcement.
 */
export async function contentChanged(db: SettingDb): Promise<string> {
  signalContentChange();
  return announceContentChange(db);
}

/**
 * CDN_PURGE_URL (optional) receives a POST asking to purge the site's cached
 * pages, with `Authorization: Bearer $CDN_PURGE_TOKEN` when that is set. The
 * body, {"purge_everything":true}, is what Cloudflare's purge_cache API takes;
 * other CDNs need a small adapter (docs/deploying.md). Failures are logged,
 * never thrown: the CDN's short s-maxage bounds staleness anyway.
 */
export async function purgeCdn(env: Record<string, string | undefined> = process.env): Promise<boolean> {
  const url = env.CDN_PURGE_URL;
  if (!url) return false;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(env.CDN_PURGE_TOKEN ? { Authorization: `Bearer ${env.CDN_PURGE_TOKEN}` } : {}) },
      body: JSON.stringify({ purge_everything: true }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) console.error(`CDN purge: ${url} answered ${response.status}`);
    return response.ok;
  } catch (e) {
    console.error(`CDN purge: ${url} failed: ${(e as Error).message}`);
    return false;
  }
}

/**
 * Polls the content version and calls `onChange` when it moves (not on the
 * first read, which `ready` settles after). `db` is where pages are read
 * from: with read replicas, poll the replicas (pass several and a change on
 * any of them counts), so pages regenerate once a lagging replica has the
 * change, not before. A replica that cannot be read is out of rotation
 * (lib/db/replicas.ts), so pages are then read from the primary: its version
 * (`fallback`) stands in for it until it answers again.
 */
export function startCacheSync(options: {
  db: SettingDb | SettingDb[];
  fallback?: SettingDb;
  onChange: () => Promise<void>;
  intervalMs?: number;
}): { stop: () => void; tick: () => Promise<boolean>; ready: Promise<boolean> } {
  let seen: string | undefined;
  let running = false;
  const tick = async (): Promise<boolean> => {
    if (running) return false;
    running = true;
    try {
      const sources = Array.isArray(options.db) ? options.db : [options.db];
      const read = async (source: SettingDb) => {
        try {
          return await readContentVersion(source);
        } catch (e) {
          if (!options.fallback) throw e;
          return `primary:${await readContentVersion(options.fallback)}`;
        }
      };
      const current = (await Promise.all(sources.map(read))).join(",");
      const changed = seen !== undefined && current !== seen;
      if (changed) await options.onChange();
      seen = current;
      return changed;
    } catch (e) {
      console.error("Cache sync failed:", (e as Error).message);
      return false;
    } finally {
      running = false;
    }
  };
  const ready = tick(); // the first read: the version to compare with
  const timer = setInterval(tick, options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), tick, ready };
}
