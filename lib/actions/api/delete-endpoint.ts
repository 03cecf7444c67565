"use server";
// Deletes a webhook endpoint from /newsroom/api, with its delivery log.
// Audited by deleteWebhookEndpoint (webhook.deleted).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-endpoint";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ id: z.string().min(1).max(100) });

export const deleteEndpointAction = authedAction("api:manage", schema, async ({ id }, user) => {
  await deleteWebhookEndpoint(db, { id: user.id, ip: clientIp(await headers()) }, { id });
  revalidatePath("/newsroom/api");
  return { ok: true as const };
});
