// Rate limits for the content API: at most N requests per window (a minute)
// in a bucket, e.g. "key:<id>" or "addr:<address>". The limits themselves are
// settings (apiRateLimitPerKey, apiRateLimitPerAddress) passed by the caller
// (lib/api/access.ts), so changing them takes effect at once.
//
// A fixed window that opens with a bucket's first request and lasts
// `windowMs`: simple, one counter per bucket, and a client that waits for
// Retry-After gets a whole new window. (It allows a burst of up to 2N across
// a window's edge; for stopping scrapers and key guessing that is fine.)
//
// Stores: in memory by default (limits per instance); with REDIS_URL, in
// Redis (one counter per bucket for every instance, INCR + PEXPIRE in one
// Lua script so the window is set atomically with the first count). Should
// Redis not answer within REDIS_TIMEOUT_MS, the request is counted in memory
// instead: the API keeps answering, with per-instance limits, rather than
// waiting on a limiter.
import type { Redis } from "ioredis";

export type WindowCount = { count: number; resetMs: number };

export type RateLimitStore = {
  /** Counts one request in `bucket` and returns the window's count so far and the time until it ends. */
  hit(bucket: string, windowMs: number): Promise<WindowCount>;
  /** The window's count without counting, or null when no window is open. */
  peek(bucket: string): Promise<WindowCount | null>;
  close(): Promise<void>;
};

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts a request in `bucket`; refused when it is past `limit` in this window. */
  consume(bucket: string, limit: number): Promise<RateDecision>;
  /** Whether `bucket` has already used up `limit` in this window, without counting. */
  check(bucket: string, limit: number): Promise<RateDecision>;
  close(): Promise<void>;
};

export const RATE_WINDOW_MS = 60_000;
const REDIS_TIMEOUT_MS = 500;

const decide = (window: WindowCount | null, limit: number): RateDecision =>
  !window || window.count <= limit ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(window.resetMs / 1000)) };

export function createRateLimiter(options: { store?: RateLimitStore; windowMs?: number } = {}): RateLimiter {
  const store = options.store ?? createMemoryStore();
  const windowMs = options.windowMs ?? RATE_WINDOW_MS;
  return {
    consume: async (bucket, limit) => decide(await store.hit(bucket, windowMs), limit),
    // "Used up" means the next request would be refused: count + 1 > limit.
    check: async (bucket, limit) => {
      const window = await store.peek(bucket);
      return decide(window && { ...window, count: window.count + 1 }, limit);
    },
    close: () => store.close(),
  };
}

/** Counters in this process's memory; `now` is for tests. Closed windows are swept as new ones open. */
export function createMemoryStore(options: { now?: () => number } = {}): RateLimitStore {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { count: number; endsAt: number }>();
  let opened = 0;
  const open = (bucket: string) => {
    const w = windows.get(bucket);
    return w && w.endsAt > now() ? w : null;
  };
  return {
    async hit(bucket, windowMs) {
      let w = open(bucket);
      if (!w) {
        w = { count: 0, endsAt: now() + windowMs };
        windows.set(bucket, w);
        if (++opened % 1_000 === 0) for (const [b, old] of windows) if (old.endsAt <= now()) windows.delete(b);
      }
      w.count++;
      return { count: w.count, resetMs: w.endsAt - now() };
    },
    async peek(bucket) {
      const w = open(bucket);
      return w ? { count: w.count, resetMs: w.endsAt - now() } : null;
    },
    async close() {
      windows.clear();
    },
  };
}

const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

const PREFIX = "sapo:rate:";

/**
 * Counters in Redis, shared by every instance using the same server. Takes a
 * URL (the store opens and closes its connection) or a client (the caller's).
 */
export function createRedisStore(redis: string | Redis, options: { fallback?: RateLimitStore } = {}): RateLimitStore {
  const fallback = options.fallback ?? createMemoryStore();
  const owned = typeof redis === "string";
  const client: Promise<Redis> =
    typeof redis === "string"
      ? import("ioredis").then(({ Redis: Client }) => {
          const c = new Client(redis);
          c.on("error", (e: Error) => console.error(`API rate limits: Redis: ${e.message}`));
          return c;
        })
      : Promise.resolve(redis);
  let warned = false;
  const orFallback = async <T>(work: (c: Redis) => Promise<T>, instead: () => Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("no answer in time")), REDIS_TIMEOUT_MS)));
    try {
      const answer = await Promise.race([client.then(work), late]);
      warned = false;
      return answer;
    } catch (e) {
      if (!warned) console.error("API rate limits: Redis unavailable, counting in this process:", e instanceof Error ? e.message : e);
      warned = true;
      return instead();
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    hit: (bucket, windowMs) =>
      orFallback(
        async (c) => {
          const [count, ttl] = (await c.eval(HIT_SCRIPT, 1, PREFIX + bucket, String(windowMs))) as [number, number];
          return { count, resetMs: ttl };
        },
        () => fallback.hit(bucket, windowMs),
      ),
    peek: (bucket) =>
      orFallback(
        async (c) => {
          const [count, ttl] = await Promise.all([c.get(PREFIX + bucket), c.pttl(PREFIX + bucket)]);
          return count === null || ttl <= 0 ? null : { count: Number(count), resetMs: ttl };
        },
        () => fallback.peek(bucket),
      ),
    async close() {
      await fallback.close();
      if (!owned) return;
      const c = await client;
      // quit() would wait for a connection that may never come.
      if (c.status === "ready") await c.quit().catch(() => undefined);
      else c.disconnect();
    },
  };
}

// One limiter per process, shared by every copy of this module (Next.js's
// bundle and Sapo's own server each load one).
const KEY = Symbol.for("sapo.api-rate-limiter");
const holder = globalThis as unknown as Record<typeof KEY, RateLimiter | undefined>;

/** The process's limiter: in Redis when REDIS_URL is set, else in memory. */
export function processRateLimiter(): RateLimiter {
  const url = process.env.REDIS_URL || undefined;
  return (holder[KEY] ??= createRateLimiter({ store: url ? createRedisStore(url) : createMemoryStore() }));
}

/** Closes the process's limiter, if one was made (shutdown). */
export async function closeProcessRateLimiter(): Promise<void> {
  const limiter = holder[KEY];
  holder[KEY] = undefined;
  await limiter?.close();
}
