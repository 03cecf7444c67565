// When a failed webhook delivery is tried again: exponential backoff with
// jitter, for 24 hours from the event's creation. The delays grow fivefold
// from 5 s (5 s, 25 s, about 2 min, 10 min, 52 min, then every 4 h), each
// spread ±20 % at random so that the deliveries of one outage do not all
// come back at the same instant. About a dozen tries in the 24 hours; the
// last one falls on the deadline itself. Pure (the random source is a
// parameter): tested on its own (tests/unit/webhook-backoff.test.ts).

/** How long an event is retried, from its creation; also how long an endpoint may fail before it is disabled. */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

const FIRST_DELAY_MS = 5_000;
const FACTOR = 5;
const MAX_DELAY_MS = 4 * 60 * 60 * 1000;
const JITTER = 0.2;

/** The delay before try `failures + 1`, after `failures` (1, 2, …) failed tries. */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * FACTOR ** Math.max(0, failures - 1));
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/**
 * When to try again after `failures` failed tries, at `now`, for an event
 * created at `createdAt`: never past the end of its retry window, and null
 * once that window is over (the delivery has failed for good).
 */
export function nextAttemptAt(failures: number, now: Date, createdAt: Date, random: () => number = Math.random): Date | null {
  const deadline = createdAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= deadline) return null;
  return new Date(Math.min(deadline, now.getTime() + retryDelayMs(failures, random)));
}
