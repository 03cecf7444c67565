// Registering a webhook endpoint (admins, /newsroom/api): the input checked
// (endpoint-input.ts), the URL checked against where webhooks may go
// (url-policy.ts, with the site's settings), a new signing secret made and
// stored sealed under the server's key (secret-box.ts: Standard Webhooks
// signs with HMAC, so the server must be able to read it). The secret is
// returned here once, for the admin to copy; nothing shows it again.
// Audited as webhook.created.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { endpointValues } from "@/lib/webhooks/endpoint-values";
import type { EndpointInput } from "@/lib/webhooks/endpoint-input";
import { endpointSelect, toEndpointView, type EndpointView } from "@/lib/webhooks/list-endpoints";
import { newSigningSecret, sealSecret } from "@/lib/webhooks/secret-box";
import { checkWebhookUrl } from "@/lib/webhooks/url-policy";

export async function createWebhookEndpoint(
  db: Db,
  actor: Pick<Actor, "id" | "ip">,
  input: EndpointInput,
): Promise<{ endpoint: EndpointView; secret: string }> {
  const values = endpointValues(input);
  const settings = await getSiteSettings(db);
  await checkWebhookUrl(values.url, { allowLoopbackHttp: settings.webhooksAllowLoopbackHttp, allowPrivateNetworks: settings.webhooksAllowPrivateNetworks });
  const secret = newSigningSecret();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: { url: values.url, events: JSON.stringify(values.events), description: values.description ?? "", secret: sealSecret(secret), createdById: actor.id },
      select: endpointSelect,
    });
    await recordAudit(tx, {
      action: "webhook.created",
      actorId: actor.id,
      targetType: "webhookEndpoint",
      targetId: created.id,
      detail: { url: values.url, events: values.events },
      ip: actor.ip ?? null,
    });
    return created;
  });
  return { endpoint: toEndpointView(row), secret };
}
