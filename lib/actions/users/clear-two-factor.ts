"use server";
// An admin turns a user's two-factor sign-in off from /newsroom/users (a lost
// phone, no recovery codes left). Audited; the user sets it up again.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clearTwoFactor } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ userId: z.string().min(1, "validation.invalid") });

export const clearTwoFactorAction = authedAction("users:manage", schema, async ({ userId }, user) => {
  const { changed } = await clearTwoFactor(db, { id: user.id, ip: clientIp(await headers()) }, userId);
  revalidatePath("/newsroom/users");
  return { ok: true as const, changed };
});
