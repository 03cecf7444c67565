// One try of a delivery this instance has claimed (lib/webhooks/claim.ts):
// send it (lib/webhooks/send.ts), then log the try (WebhookAttempt) and
// settle the delivery:
// - 2xx: delivered; the endpoint is no longer failing (failingSince cleared);
// - otherwise: tried again after a growing delay (lib/webhooks/backoff.ts)
//   until 24 h after the event, then failed; the endpoint is failing from
//   its first failure on, and after 24 h of nothing but failures it is
//   turned off and its admin told (lib/webhooks/disable.ts).
// The lease is given up in the same update (leaseUntil cleared; leasedBy
// kept, saying which instance tried last), so the row is free for its next
// try (or for good).
// Tries finished at about the same time are recorded together, in one
// transaction (a group commit: createAttemptRecorder), since on SQLite each
// commit costs far more than the statements in it. Should a group fail (a
// delivery deleted with its endpoint meanwhile), each of its tries is
// recorded on its own, so one bad row costs no other its record.
import type { Db, Tx } from "@/lib/db/client";
import { notificationsChanged } from "@/lib/live/bus";
import { nextAttemptAt } from "@/lib/webhooks/backoff";
import { releaseDelivery, type ClaimedDelivery } from "@/lib/webhooks/claim";
import { disableFailingEndpoint, failedTooLong } from "@/lib/webhooks/disable";
import { sendWebhook, type SendResult, type WebhookPolicy } from "@/lib/webhooks/send";

export type AttemptContext = {
  instanceId: string;
  now: () => Date;
  policy: WebhookPolicy;
  random?: () => number;
  timeoutMs?: number;
};

export type AttemptOutcome = "delivered" | "retry" | "failed" | "skipped";

/** A finished try, to be recorded. */
type Settled = { delivery: ClaimedDelivery; result: SendResult; attempt: number; at: Date; retryAt: Date | null };

/** Records finished tries: each call joins the next group written. */
export type AttemptRecorder = (settled: Settled) => Promise<void>;

/** Sends claimed `delivery` once and has `record` write what happened. */
export async function attemptDelivery(db: Db, delivery: ClaimedDelivery, ctx: AttemptContext, record: AttemptRecorder): Promise<AttemptOutcome> {
  const { endpoint, event } = delivery;
  if (!endpoint.enabled) {
    await releaseDelivery(db, delivery);
    return "skipped";
  }
  const result = await sendWebhook({
    url: endpoint.url,
    sealedSecret: endpoint.secret,
    eventId: event.id,
    payload: event.payload,
    at: ctx.now(),
    policy: ctx.policy,
    timeoutMs: ctx.timeoutMs,
  });
  const attempt = delivery.attempts + 1;
  const at = ctx.now();
  const retryAt = result.ok ? null : nextAttemptAt(attempt, at, event.createdAt, ctx.random);
  await record({ delivery, result, attempt, at, retryAt });
  return result.ok ? "delivered" : retryAt ? "retry" : "failed";
}

/** A recorder writing to `db`: what arrives while a group is being written forms the next group. */
export function createAttemptRecorder(db: Db): AttemptRecorder {
  let queue: { settled: Settled; done: () => void; failed: (e: unknown) => void }[] = [];
  let writing = false;
  async function drain() {
    writing = true;
    while (queue.length > 0) {
      const group = queue;
      queue = [];
      let notified: string[] = [];
      try {
        notified = await db.$transaction((tx) => recordGroup(tx, group.map((g) => g.settled)));
        group.forEach((g) => g.done());
      } catch {
        for (const g of group) {
          try {
            notified.push(...(await db.$transaction((tx) => recordGroup(tx, [g.settled]))));
            g.done();
          } catch (e) {
            // Deleted with its endpoint meanwhile: nothing left to record.
            const gone = (await db.webhookDelivery.count({ where: { id: g.settled.delivery.id } }).catch(() => 1)) === 0;
            if (gone) g.done();
            else g.failed(e);
          }
        }
      }
      if (notified.length > 0) notificationsChanged(notified);
    }
    writing = false;
  }
  return (settled) =>
    new Promise<void>((done, failed) => {
      queue.push({ settled, done, failed });
      if (!writing) void drain();
    });
}

/**
 * Logs a group of tries and settles their deliveries, in a few statements
 * whatever the group's size: the tries in one insert, the deliveries in one
 * update per distinct outcome (successes mostly share one), each endpoint
 * once. Returns who was told of an endpoint turned off.
 */
async function recordGroup(tx: Tx, group: readonly Settled[]): Promise<string[]> {
  await tx.webhookAttempt.createMany({
    data: group.map(({ delivery, result, attempt, at }) => ({ deliveryId: delivery.id, attempt, statusCode: result.statusCode, error: result.error, durationMs: result.durationMs, createdAt: at })),
  });
  const updates = new Map<string, { data: ReturnType<typeof settled>; ids: string[] }>();
  for (const s of group) {
    const data = settled(s.result, s.attempt, s.at, s.retryAt);
    const key = JSON.stringify(data);
    const same = updates.get(key) ?? { data, ids: [] };
    same.ids.push(s.delivery.id);
    updates.set(key, same);
  }
  for (const { data, ids } of updates.values()) await tx.webhookDelivery.updateMany({ where: { id: { in: ids } }, data });
  // (Not Map.groupBy: Node 20 lacks it.)
  const byEndpoint = new Map<string, Settled[]>();
  for (const s of group) byEndpoint.set(s.delivery.endpoint.id, [...(byEndpoint.get(s.delivery.endpoint.id) ?? []), s]);
  const notified: string[] = [];
  for (const [endpointId, tries] of byEndpoint) notified.push(...(await settleEndpoint(tx, endpointId, tries)));
  return notified;
}

/**
 * An endpoint after its tries in a group, in the order they finished: not
 * failing if the last succeeded; else failing since the first failure after
 * its last success (or since earlier, if it already was), and turned off
 * once that is 24 hours ago.
 */
async function settleEndpoint(tx: Tx, endpointId: string, tries: readonly Settled[]): Promise<string[]> {
  const last = tries[tries.length - 1];
  const lastSuccess = tries.findLastIndex((s) => s.result.ok);
  if (last.result.ok) {
    // Written only when it may be failing: a run of successes costs no extra write.
    if (last.delivery.endpoint.failingSince || tries.some((s) => !s.result.ok)) {
      await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: { not: null } }, data: { failingSince: null } });
    }
    return [];
  }
  if (lastSuccess === -1) {
    await tx.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: tries[0].at } });
  } else {
    await tx.webhookEndpoint.updateMany({ where: { id: endpointId }, data: { failingSince: tries[lastSuccess + 1].at } });
  }
  const current = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { failingSince: true } });
  return failedTooLong(current?.failingSince ?? null, last.at) ? disableFailingEndpoint(tx, endpointId, last.at) : [];
}

/** The delivery's columns after a try. leasedBy stays: which instance made the last try. */
function settled(result: SendResult, attempts: number, now: Date, retryAt: Date | null) {
  const common = { attempts, lastStatus: result.statusCode, lastError: result.error, leaseUntil: null };
  if (result.ok) return { ...common, status: "delivered", deliveredAt: now };
  if (retryAt) return { ...common, status: "pending", nextAttemptAt: retryAt };
  return { ...common, status: "failed" };
}
