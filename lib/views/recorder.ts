// Counting article views, in memory first and in the database every few
// seconds (lib/views/config.ts: VIEW_FLUSH_MS), as hourly counts
// (ArticleView: article, start of the UTC hour, count). No cookie, no
// third party, and no address is ever stored or logged: only counts reach
// the database.
//
// A beacon (lib/views/beacon.ts) is counted when:
// - its user agent is a browser's (the isbot package; no user agent at all
//   is not one);
// - the client has a token left (lib/views/rate-limit.ts: a burst of 30,
//   then 30 a minute);
// - this client has not been counted for this article in this hour.
// Clients are known by a keyed hash (HMAC-SHA-256) of their address, under a
// random secret that lives in this process's memory only and is replaced
// every hour, when the set of hashes seen is emptied: a hash cannot be
// reversed, and yesterday's cannot be linked with today's. An IPv6 address
// counts by its /64 network, which one household or one machine usually
// holds in full.
//
// Per instance: each process keeps its own hashes and buckets. With several
// instances behind a load balancer without sticky sessions, one reader may be
// counted once per instance per hour at most (three instances: up to 3 for a
// reader who reloads over and over, usually 1).
//
// Memory is bounded: at most maxSeen hashes an hour (a hash is 16
// characters), maxPending (article, hour) counts between writes, and the
// rate limiter's own cap. What does not fit is not counted: under a flood,
// counts come out low, never high.
//
// Writes: every flush increments each (article, hour) row with one upsert,
// in one transaction, for the articles that exist and are published at that
// moment; counts for anything else (a made-up id, a draft) are dropped there.
// A flush that fails keeps its counts for the next one.
//
// Not `server-only`: it runs in Sapo's own server (scripts/server.ts).
import { createHash, createHmac, randomBytes } from "node:crypto";
import net from "node:net";
import { isbot } from "isbot";
import type { Db } from "@/lib/db/client";
import { DEFAULT_VIEW_FLUSH_MS } from "@/lib/views/config";
import { hourStart } from "@/lib/views/hours";
import { DEFAULT_RATE_LIMIT, TokenBuckets, type RateLimit } from "@/lib/views/rate-limit";

/** What became of one beacon; only "counted" adds a view. */
export type ViewOutcome = "counted" | "bot" | "invalid" | "limited" | "repeat" | "full";

export type ViewRecorderOptions = {
  /** The primary database (writes). */
  db: Db;
  flushMs?: number;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
  /** Most (client, article) pairs remembered per hour. */
  maxSeen?: number;
  /** Most (article, hour) counts waiting for a flush. */
  maxPending?: number;
  rateLimit?: RateLimit;
};

/** Article ids are cuids; anything that could not be one is refused before it costs memory. */
export const ARTICLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What identifies a client: an IPv4 address, or the /64 network of an IPv6 one. */
export function clientKey(address: string): string {
  if (!net.isIPv6(address)) return address;
  const [head, tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 address (…:192.0.2.1) fills two groups.
  const groups = (parts: string[]) => parts.reduce((n, p) => n + (p.includes(".") ? 2 : 1), 0);
  const full = tail === undefined ? left : [...left, ...Array<string>(8 - groups(left) - groups(right)).fill("0"), ...right];
  return full
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":") + "::/64";
}

/** A pending count's key: article id and hour (ms). */
const pendingKey = (articleId: string, hour: number) => `${hour}:${articleId}`;

/** Rows a write transaction takes (also under SQLite's limit of bound values for the id list). */
const WRITE_SLICE = 250;

export class ViewRecorder {
  readonly #db: Db;
  readonly #flushMs: number;
  readonly #now: () => number;
  readonly #maxSeen: number;
  readonly #maxPending: number;
  readonly #buckets: TokenBuckets;
  #hour = Number.NaN;
  #secret = randomBytes(32);
  #seen = new Set<string>();
  #pending = new Map<string, number>();
  #flushing: Promise<number> = Promise.resolve(0);
  #timer: NodeJS.Timeout | undefined;
  #failing = false;
  #warnedFull = Number.NaN;

  constructor(options: ViewRecorderOptions) {
    this.#db = options.db;
    this.#flushMs = options.flushMs ?? DEFAULT_VIEW_FLUSH_MS;
    this.#now = options.now ?? Date.now;
    this.#maxSeen = options.maxSeen ?? 100_000;
    this.#maxPending = options.maxPending ?? 10_000;
    this.#buckets = new TokenBuckets(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  }

  /** Views counted and not yet written. */
  get pendingViews(): number {
    let n = 0;
    for (const count of this.#pending.values()) n += count;
    return n;
  }

  /** Counts one view of `articleId` by the client at `address`, if the rules in the header allow. */
  record(articleId: string, address: string | null, userAgent: string | undefined): ViewOutcome {
    if (!userAgent || isbot(userAgent)) return "bot";
    if (!address || !ARTICLE_ID.test(articleId)) return "invalid";
    const now = this.#now();
    const hour = hourStart(now);
    if (hour !== this.#hour) this.#newHour(hour);
    const client = createHmac("sha256", this.#secret).update(clientKey(address)).digest();
    if (!this.#buckets.take(client.toString("base64url", 0, 12), now)) return "limited";
    const seenKey = createHash("sha256").update(client).update(articleId).digest("base64url").slice(0, 16);
    if (this.#seen.has(seenKey)) return "repeat";
    const key = pendingKey(articleId, hour);
    if (this.#seen.size >= this.#maxSeen || (!this.#pending.has(key) && this.#pending.size >= this.#maxPending)) {
      if (this.#warnedFull !== hour) console.warn("View counting is full: views are not counted until there is room again (the next write, or the next hour).");
      this.#warnedFull = hour;
      return "full";
    }
    this.#seen.add(seenKey);
    this.#pending.set(key, (this.#pending.get(key) ?? 0) + 1);
    return "counted";
  }

  #newHour(hour: number): void {
    this.#hour = hour;
    this.#secret = randomBytes(32);
    this.#seen = new Set();
    this.#buckets.clear();
  }

  /**
   * Writes the counts gathered so far; resolves with the number of views
   * written. Flushes run one after another, so one asked for while another
   * runs also writes what came in meanwhile.
   */
  flush(): Promise<number> {
    this.#flushing = this.#flushing.then(() => this.#flushOnce());
    return this.#flushing;
  }

  async #flushOnce(): Promise<number> {
    this.#buckets.sweep(this.#now());
    if (this.#pending.size === 0) return 0;
    const batch = this.#pending;
    this.#pending = new Map();
    let written = 0;
    try {
      // Slices of a few hundred rows, one transaction each: a long one would
      // hold SQLite's write lock, or outlast the transaction time limit.
      while (batch.size > 0) {
        const slice = [...batch].slice(0, WRITE_SLICE);
        written += await this.#write(slice);
        for (const [key] of slice) batch.delete(key);
      }
      if (this.#failing) console.error("View counts are being written again.");
      this.#failing = false;
    } catch (e) {
      // What was not written goes back into the next flush (within the cap).
      for (const [key, count] of batch) {
        if (this.#pending.has(key) || this.#pending.size < this.#maxPending) this.#pending.set(key, (this.#pending.get(key) ?? 0) + count);
      }
      if (!this.#failing) console.error(`View counts not written, kept for the next try: ${(e as Error).message.trim().split("\n", 1)[0]}`);
      this.#failing = true;
    }
    return written;
  }

  /** One slice of counts in one transaction, for the articles published now; the views written. */
  async #write(slice: [string, number][]): Promise<number> {
    const rows = slice.map(([key, count]) => {
      const at = key.indexOf(":");
      return { hour: new Date(Number(key.slice(0, at))), articleId: key.slice(at + 1), count };
    });
    const ids = [...new Set(rows.map((r) => r.articleId))];
    return this.#db.$transaction(
      async (tx) => {
        const found = await tx.article.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: { id: true } });
        const published = new Set(found.map((a) => a.id));
        let written = 0;
        for (const { articleId, hour, count } of rows) {
          if (!published.has(articleId)) continue;
          // One INSERT … ON CONFLICT DO UPDATE on both engines: instances
          // writing the same hour's row at once add up rather than collide.
          await tx.articleView.upsert({
            where: { articleId_hour: { articleId, hour } },
            create: { articleId, hour, count },
            update: { count: { increment: count } },
          });
          written += count;
        }
        return written;
      },
      { timeout: 30_000 },
    );
  }

  /** Flushes every flushMs from now on (the timer does not keep the process alive). */
  start(): this {
    if (!this.#timer) {
      this.#timer = setInterval(() => void this.flush(), this.#flushMs);
      this.#timer.unref();
    }
    return this;
  }

  /** Stops the timer and writes what is left. */
  async stop(): Promise<number> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    return this.flush();
  }
}
