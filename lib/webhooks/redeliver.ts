// "Redeliver" (an admin, from an endpoint's delivery log): the delivery goes
// back to pending, due now, and the worker is woken (lib/webhooks/nudge.ts).
// Same event, same webhook-id: a receiver that already has it can tell. Its
// tries keep counting in the log. Retries after a failure still end 24 h
// after the event (lib/webhooks/backoff.ts), so redelivering an older one is
// a single try. Refused while the endpoint is off (turn it on first: its
// pending deliveries then go out anyway), and a no-op while a try of it is
// in flight. Audited as webhook.redelivered.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { nudgeWebhooks } from "@/lib/webhooks/nudge";

export async function redeliver(db: Db, actor: Pick<Actor, "id" | "ip">, input: { deliveryId: string }, now = new Date()): Promise<void> {
  const id = input.deliveryId;
  await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id },
      select: { status: true, endpointId: true, eventId: true, event: { select: { type: true } }, endpoint: { select: { enabled: true, url: true } } },
    });
    if (!delivery) throw new UserError("apiAdmin.errors.deliveryGone");
    if (!delivery.endpoint.enabled) throw new UserError("apiAdmin.errors.redeliverDisabled");
    // Not while a try is in flight (a live lease): that try settles it.
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      data: { status: "pending", nextAttemptAt: now, deliveredAt: null, leaseUntil: null, leasedBy: null },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      action: "webhook.redelivered",
      actorId: actor.id,
      targetType: "webhookEndpoint",
      targetId: delivery.endpointId,
      detail: { deliveryId: id, eventId: delivery.eventId, event: delivery.event.type, url: delivery.endpoint.url, was: delivery.status },
      ip: actor.ip ?? null,
    });
  });
  nudgeWebhooks();
}
