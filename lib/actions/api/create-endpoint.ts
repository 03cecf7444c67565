"use server";
// Registers a webhook endpoint from /newsroom/api and returns its signing
// secret, shown once. The URL is checked by createWebhookEndpoint against the
// API settings (https only; http to this machine or private addresses only
// when allowed). Audited there (webhook.created).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { createWebhookEndpoint } from "@/lib/webhooks/create-endpoint";
import { endpointInputSchema } from "@/lib/webhooks/endpoint-input";
import { authedAction } from "@/lib/actions/action";

export const createEndpointAction = authedAction("api:manage", endpointInputSchema, async (input, user) => {
  const { endpoint, secret } = await createWebhookEndpoint(db, { id: user.id, ip: clientIp(await headers()) }, input);
  revalidatePath("/newsroom/api");
  return { ok: true as const, url: endpoint.url, secret };
});
