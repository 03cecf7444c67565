"use server";
// Revokes an API key from /newsroom/api: apps using it are refused from the
// next request on. Audited by revokeApiKey (api.key_revoked).
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { revokeApiKey } from "@/lib/api-keys/revoke-key";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ id: z.string().min(1).max(100) });

export const revokeKeyAction = authedAction("api:manage", schema, async ({ id }, user) => {
  await revokeApiKey(db, { id: user.id, ip: clientIp(await headers()) }, { id });
  revalidatePath("/newsroom/api");
  return { ok: true as const };
});
