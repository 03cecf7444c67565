// Turning off a webhook endpoint whose every attempt has failed for 24 hours
// (failingSince, kept by the worker: set at the first failure, cleared by a
// success). Its admin hears of it in the newsroom (a "webhookDisabled"
// notification: lib/notifications/notify.ts) and the audit log has it
// (webhook.disabled, by the system). Its pending deliveries stay pending:
// the worker skips a disabled endpoint's, and they go out if an admin turns
// it on again (lib/webhooks/update-endpoint.ts clears failingSince then).
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { notifyWebhookDisabled } from "@/lib/notifications/notify";
import { RETRY_WINDOW_MS } from "@/lib/webhooks/backoff";

/** disabledReason of an endpoint turned off here (the newsroom words it: apiAdmin.disabledReasons.failing). */
export const DISABLED_FAILING = "failing";

/** Whether an endpoint failing since `failingSince` has failed long enough to be turned off at `now`. */
export function failedTooLong(failingSince: Date | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= RETRY_WINDOW_MS;
}

/**
 * Turns endpoint `id` off if it is still on and has failed for 24 hours at
 * `now`, in the caller's transaction; returns who was notified (for their
 * open pages, after the commit), empty if nothing changed. The update is
 * conditional, so two instances doing this at once notify once.
 */
export async function disableFailingEndpoint(tx: Tx, id: string, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - RETRY_WINDOW_MS);
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { id, enabled: true, failingSince: { lte: since } },
    data: { enabled: false, disabledAt: now, disabledReason: DISABLED_FAILING },
  });
  if (count === 0) return [];
  const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({ where: { id }, select: { id: true, url: true, createdById: true, failingSince: true } });
  await recordAudit(tx, {
    action: "webhook.disabled",
    actorId: null,
    targetType: "webhookEndpoint",
    targetId: id,
    detail: { url: endpoint.url, reason: DISABLED_FAILING, failingSince: endpoint.failingSince?.toISOString() ?? null },
  });
  return notifyWebhookDisabled(tx, endpoint);
}
