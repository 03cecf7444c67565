"use server";
// Changes a webhook endpoint from /newsroom/api: disables or enables it
// (enabling again clears a disabled or failing state), or edits its URL,
// events or description. Audited by updateWebhookEndpoint (webhook.updated).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { endpointInputSchema } from "@/lib/webhooks/endpoint-input";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-endpoint";
import { authedAction } from "@/lib/actions/action";

const schema = endpointInputSchema.partial().extend({ id: z.string().min(1).max(100), enabled: z.boolean().optional() });

export const updateEndpointAction = authedAction("api:manage", schema, async (input, user) => {
  await updateWebhookEndpoint(db, { id: user.id, ip: clientIp(await headers()) }, input);
  revalidatePath("/newsroom/api");
  return { ok: true as const };
});
