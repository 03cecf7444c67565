// Which webhook deliveries are due, and taking some for this instance alone.
// Due: pending, its time come (nextAttemptAt ≤ now), its endpoint enabled,
// and no live lease (none, or one whose time is past: its holder died).
// Claiming is one conditional UPDATE over a handful of due rows (updateMany
// with the same conditions, setting leaseUntil and leasedBy to a mark of
// this claim's own), then reading back the rows that carry the mark: only
// those are ours. A row another instance took first no longer matches the
// conditions, so our update leaves it alone. That holds on SQLite (writes
// are serialised) and PostgreSQL (a concurrent UPDATE waits for the row's
// lock and re-checks the WHERE on the row as the winner left it), so no
// engine-specific locking (SELECT … FOR UPDATE SKIP LOCKED) is needed, and
// one write claims many rows (commits are what cost most on SQLite).
// A lease outlasts the tries of its batch, and the worker does not start a
// try whose lease is about to lapse, so a row is sent by one instance at a
// time; if its holder dies mid-try, it is tried again once the lease lapses
// (at least once, never lost).
import { randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db/client";

/** How long a claim holds: the tries of one batch, a few of 10 s at most each. */
export const LEASE_MS = 120_000;

const free = (now: Date): Prisma.WebhookDeliveryWhereInput => ({
  status: "pending",
  nextAttemptAt: { lte: now },
  OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
});

const claimedSelect = {
  id: true,
  attempts: true,
  leasedBy: true,
  leaseUntil: true,
  event: { select: { id: true, payload: true, createdAt: true } },
  endpoint: { select: { id: true, url: true, secret: true, enabled: true, failingSince: true } },
} satisfies Prisma.WebhookDeliverySelect;

/** A delivery this instance holds, with what sending it needs. */
export type ClaimedDelivery = Prisma.WebhookDeliveryGetPayload<{ select: typeof claimedSelect }> & { leasedBy: string; leaseUntil: Date };

/** Up to `limit` due deliveries' ids, the longest waiting first. */
export async function dueDeliveries(db: Tx, now: Date, limit: number): Promise<string[]> {
  const rows = await db.webhookDelivery.findMany({
    where: { ...free(now), endpoint: { enabled: true } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Takes those of deliveries `ids` still free for `instanceId` until now + LEASE_MS; returns the ones taken. */
export async function claimDeliveries(db: Tx, ids: readonly string[], instanceId: string, now: Date): Promise<ClaimedDelivery[]> {
  if (ids.length === 0) return [];
  // The instance, and this claim among its others: what is read back is exactly what this update took.
  const mark = `${instanceId}/${randomBytes(6).toString("hex")}`;
  // In one order everywhere, so two instances' updates lock shared rows in the same order.
  const sorted = [...ids].sort();
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: { in: sorted }, ...free(now) },
    data: { leaseUntil: new Date(now.getTime() + LEASE_MS), leasedBy: mark },
  });
  if (count === 0) return [];
  const rows = await db.webhookDelivery.findMany({ where: { id: { in: sorted }, leasedBy: mark }, select: claimedSelect });
  return rows as ClaimedDelivery[];
}

/** Gives a claimed delivery back untried (its endpoint was turned off meanwhile). */
export async function releaseDelivery(db: Tx, delivery: Pick<ClaimedDelivery, "id" | "leasedBy">): Promise<void> {
  await db.webhookDelivery.updateMany({ where: { id: delivery.id, leasedBy: delivery.leasedBy }, data: { leaseUntil: null, leasedBy: null } });
}
