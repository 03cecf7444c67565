"use server";
// "Redeliver" in an endpoint's delivery log: sends the event again (a new
// round of attempts). Audited by redeliver (webhook.redelivered), which also
// wakes the worker.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { redeliver } from "@/lib/webhooks/redeliver";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ deliveryId: z.string().min(1).max(100) });

export const redeliverAction = authedAction("api:manage", schema, async ({ deliveryId }, user) => {
  await redeliver(db, { id: user.id, ip: clientIp(await headers()) }, { deliveryId });
  revalidatePath("/newsroom/api/webhooks/[id]", "page");
  return { ok: true as const };
});
