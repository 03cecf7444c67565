// The webhook delivery worker (started by instrumentation.ts, one per server
// instance): sends the outbox's deliveries (lib/webhooks/events.ts writes
// them in the transaction of the change) to their endpoints.
// - It drains what is due every `pollMs` (1 s), and at once when this
//   process commits new events (lib/webhooks/nudge.ts). Nudges while a drain
//   runs make one more drain after it, never a pile of them.
// - Each due delivery is claimed with a lease before it is sent
//   (lib/webhooks/claim.ts), so with several instances on one database each
//   try is made by exactly one of them.
// - A few are sent at once (`concurrency`, 8): `concurrency` lanes take
//   rows from a shared batch of claimed ones (twice as many as lanes),
//   claimed afresh when it runs out, so one slow receiver holds up one lane,
//   not the rest.
// - Each try is logged and settled by lib/webhooks/attempt.ts (retries with
//   backoff for 24 h, endpoints failing for 24 h turned off), the lanes'
//   tries that finish together in one transaction.
// - Deliveries of a turned-off endpoint are left pending, untouched: they go
//   out if an admin turns it on again.
// The clock is injected (`now`), so tests run 24 hours in a moment.
// Imports nothing of Next.js: runs in its bundle (instrumentation) or in a
// plain Node process (the benchmark's workers).
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { attemptDelivery, createAttemptRecorder, type AttemptContext } from "@/lib/webhooks/attempt";
import { claimDeliveries, dueDeliveries, releaseDelivery, type ClaimedDelivery } from "@/lib/webhooks/claim";
import { WEBHOOK_TIMEOUT_MS } from "@/lib/webhooks/send";
import { onWebhookNudge } from "@/lib/webhooks/nudge";

export type WebhookWorkerOptions = {
  /** Names this instance in leases (leasedBy); see webhookInstanceId(). */
  instanceId?: string;
  /** The clock; tests move it. */
  now?: () => Date;
  /** How often due deliveries are looked for without a nudge; 0: never (tests call tick()). */
  pollMs?: number;
  /** Tries in flight at once. */
  concurrency?: number;
  /** Listen to this process's nudges (default on). */
  nudges?: boolean;
  /** For the backoff's jitter. */
  random?: () => number;
  /** One try's time limit (10 s). */
  timeoutMs?: number;
};

export type WebhookWorker = {
  /** Drains what is due now; resolves with how many tries were made. */
  tick(): Promise<number>;
  /** Stops polling and listening; resolves when the tries in flight are done. */
  stop(): Promise<void>;
};

export const WEBHOOK_POLL_MS = 1000;
const DEFAULT_CONCURRENCY = 8;
/** Room left on a lease, beyond one try's limit, for recording the try. */
const LEASE_MARGIN_MS = 10_000;

/** An id for this process among a deployment's instances: host, process and a random part (a restarted process is another instance). */
export function webhookInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

export function startWebhookWorker(db: Db, options: WebhookWorkerOptions = {}): WebhookWorker {
  const instanceId = options.instanceId ?? webhookInstanceId();
  const now = options.now ?? (() => new Date());
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const tryLimitMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const record = createAttemptRecorder(db);
  let stopped = false;

  /** One pass: until nothing due is left (or the worker stops). */
  async function drain(): Promise<number> {
    const settings = await getSiteSettings(db);
    const ctx: AttemptContext = {
      instanceId,
      now,
      policy: { allowLoopbackHttp: settings.webhooksAllowLoopbackHttp, allowPrivateNetworks: settings.webhooksAllowPrivateNetworks },
      random: options.random,
      timeoutMs: options.timeoutMs,
    };
    let tries = 0;
    let batch: ClaimedDelivery[] = [];
    let exhausted = false;
    let refilling: Promise<void> | null = null;
    // A few claimed at a time, picked at random among the longest waiting, so
    // instances reading the same rows mostly claim different ones. A failed
    // read or claim ends this pass (the next poll tries again).
    const refill = () =>
      (refilling ??= (async () => {
        const due = await dueDeliveries(db, now(), concurrency * 8);
        exhausted = due.length === 0;
        batch = await claimDeliveries(db, shuffle(due).slice(0, concurrency * 2), instanceId, now());
      })()
        .catch((e: unknown) => {
          exhausted = true;
          console.error("Webhook worker: claiming deliveries failed:", e);
        })
        .finally(() => (refilling = null)));
    const lane = async () => {
      while (!stopped) {
        const delivery = batch.pop();
        if (!delivery) {
          if (exhausted) return;
          await refill();
          continue;
        }
        // Too close to its lease's end for a whole try: left to lapse and be claimed afresh.
        if (delivery.leaseUntil.getTime() - now().getTime() < tryLimitMs + LEASE_MARGIN_MS) continue;
        try {
          await attemptDelivery(db, delivery, ctx, record);
          tries++;
        } catch (e) {
          // Its lease keeps it from being read again until it lapses: no busy loop on a broken row.
          console.error(`Webhook worker: delivery ${delivery.id} failed:`, e);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    // Stopped with rows still claimed: given back now rather than when their leases lapse.
    await Promise.all(batch.map((d) => releaseDelivery(db, d).catch(() => undefined)));
    return tries;
  }

  // One drain at a time; a tick asked for while one runs is queued once, and
  // every tick asked for before it starts shares it (it will see what they would).
  let tail: Promise<unknown> = Promise.resolve();
  let queued: Promise<number> | null = null;
  function tick(): Promise<number> {
    if (queued) return queued;
    const run = tail.then(async () => {
      queued = null;
      if (stopped) return 0;
      try {
        return await drain();
      } catch (e) {
        console.error("Webhook delivery failed:", e);
        return 0;
      }
    });
    queued = run;
    tail = run;
    return run;
  }

  const unsubscribe = options.nudges === false ? () => {} : onWebhookNudge(() => void tick());
  const pollMs = options.pollMs ?? WEBHOOK_POLL_MS;
  const timer = pollMs > 0 ? setInterval(() => void tick(), pollMs) : null;
  timer?.unref();
  if (pollMs > 0) void tick();

  return {
    tick,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      unsubscribe();
      await tail;
    },
  };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Stops `worker` taking deliveries when the process is asked to end (SIGINT,
 * SIGTERM); one cut off mid-try is tried again once its lease lapses (by
 * another instance, or after the restart). Sapo's server (scripts/server.ts)
 * handles these signals and exits; where nothing else does, the signal is
 * raised again so the process ends as it would have.
 */
export function stopOnSignals(worker: WebhookWorker): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void worker.stop();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}
