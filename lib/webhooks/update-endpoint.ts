// Changing a webhook endpoint (admins, /newsroom/api): its URL (checked again
// against where webhooks may go), its events, its description, or turning it
// off and on. Turning it on again clears what the worker recorded when it
// turned it off (disabledAt, disabledReason) and how long it had been failing
// (failingSince), so it gets a fresh 24 hours; its pending deliveries then go
// out (lib/webhooks/disable.ts). Audited as webhook.updated with what changed.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { endpointChanges } from "@/lib/webhooks/endpoint-values";
import type { EndpointInput } from "@/lib/webhooks/endpoint-input";
import { endpointSelect, toEndpointView, type EndpointView } from "@/lib/webhooks/list-endpoints";
import { nudgeWebhooks } from "@/lib/webhooks/nudge";
import { checkWebhookUrl } from "@/lib/webhooks/url-policy";

export type EndpointUpdate = { id: string; enabled?: boolean } & Partial<EndpointInput>;

export async function updateWebhookEndpoint(db: Db, actor: Pick<Actor, "id" | "ip">, input: EndpointUpdate): Promise<EndpointView> {
  const { id, enabled, ...fields } = input;
  const values = endpointChanges(fields);
  const current = await db.webhookEndpoint.findUnique({ where: { id }, select: { url: true } });
  if (!current) throw new UserError("apiAdmin.errors.endpointGone");
  if (values.url !== undefined && values.url !== current.url) {
    const settings = await getSiteSettings(db);
    await checkWebhookUrl(values.url, { allowLoopbackHttp: settings.webhooksAllowLoopbackHttp, allowPrivateNetworks: settings.webhooksAllowPrivateNetworks });
  }
  const data: Prisma.WebhookEndpointUpdateInput = {};
  if (values.url !== undefined) data.url = values.url;
  if (values.events !== undefined) data.events = JSON.stringify(values.events);
  if (values.description !== undefined) data.description = values.description;
  if (enabled === true) Object.assign(data, { enabled: true, disabledAt: null, disabledReason: null, failingSince: null });
  // Turned off by a person: no reason recorded (the worker's is "failing").
  if (enabled === false) Object.assign(data, { enabled: false, disabledAt: new Date(), disabledReason: null });
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.update({ where: { id }, data, select: endpointSelect }).catch((e: unknown) => {
      // Deleted since it was read.
      if ((e as { code?: string }).code === "P2025") throw new UserError("apiAdmin.errors.endpointGone");
      throw e;
    });
    await recordAudit(tx, {
      action: "webhook.updated",
      actorId: actor.id,
      targetType: "webhookEndpoint",
      targetId: id,
      detail: { url: updated.url, changed: Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined).concat(enabled === undefined ? [] : ["enabled"]), ...(enabled === undefined ? {} : { enabled }) },
      ip: actor.ip ?? null,
    });
    return updated;
  });
  // Back on: what waited for it can go now.
  if (enabled === true) nudgeWebhooks();
  return toEndpointView(row);
}
