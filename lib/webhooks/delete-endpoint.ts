// Deleting a webhook endpoint (admins, /newsroom/api): its deliveries, their
// attempt log and its notifications go with it (the schema's cascades); the
// events stay, for the other endpoints. Audited as webhook.deleted with its URL.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";

export async function deleteWebhookEndpoint(db: Db, actor: Pick<Actor, "id" | "ip">, input: { id: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.id }, select: { id: true, url: true } });
    if (!endpoint) throw new UserError("apiAdmin.errors.endpointGone");
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: endpoint.id } });
    if (count !== 1) throw new UserError("apiAdmin.errors.endpointGone");
    await recordAudit(tx, { action: "webhook.deleted", actorId: actor.id, targetType: "webhookEndpoint", targetId: endpoint.id, detail: { url: endpoint.url }, ip: actor.ip ?? null });
  });
}
