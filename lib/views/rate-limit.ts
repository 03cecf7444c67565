// A token bucket per key (here: a keyed hash of a client's address), so one
// client cannot send more than a burst of beacons and then a steady trickle.
// Kept in memory, per process. A bucket that has filled up again holds no
// information and is dropped by sweep(); the number of buckets is capped, and
// a key that finds no room is refused (as if its bucket were empty) rather
// than let the map grow without end.

export type RateLimit = {
  /** Beacons a client may send at once. */
  burst: number;
  /** Beacons a minute a client gets back, up to `burst`. */
  perMinute: number;
  /** Most clients tracked at once. */
  maxKeys: number;
};

/** A few dozen beacons a minute: far more than anyone reads, few enough to make flooding slow. */
export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 30, perMinute: 30, maxKeys: 50_000 };

type Bucket = { tokens: number; at: number };

export class TokenBuckets {
  readonly #limit: RateLimit;
  readonly #buckets = new Map<string, Bucket>();

  constructor(limit: RateLimit = DEFAULT_RATE_LIMIT) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#buckets.size;
  }

  #refilled(bucket: Bucket, now: number): number {
    return Math.min(this.#limit.burst, bucket.tokens + ((now - bucket.at) * this.#limit.perMinute) / 60_000);
  }

  /** Takes one token from `key`'s bucket: true if there was one. */
  take(key: string, now: number): boolean {
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      if (this.#buckets.size >= this.#limit.maxKeys) this.sweep(now);
      if (this.#buckets.size >= this.#limit.maxKeys) return false;
      bucket = { tokens: this.#limit.burst, at: now };
      this.#buckets.set(key, bucket);
    } else {
      bucket.tokens = this.#refilled(bucket, now);
      bucket.at = now;
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Drops the buckets that are full again: a new one would be the same. */
  sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (this.#refilled(bucket, now) >= this.#limit.burst) this.#buckets.delete(key);
    }
  }

  clear(): void {
    this.#buckets.clear();
  }
}
