"use server";
// Password reset by an admin: the old password stops working (for the last
// admin resetting their own, only once the link is used), the user's sessions
// end, and a new one-time link is returned to be shown once.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { issuePasswordToken } from "@/lib/users/admin";
import { setPasswordUrl } from "@/lib/users/password-links";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ userId: z.string().min(1, "validation.invalid") });

export const issuePasswordLinkAction = authedAction("users:manage", schema, async ({ userId }, user) => {
  const ip = clientIp(await headers());
  const issued = await issuePasswordToken(db, { id: user.id, ip }, userId);
  revalidatePath("/newsroom/users");
  return { ok: true as const, email: issued.email, link: setPasswordUrl(issued.setPasswordToken), passwordKept: issued.passwordKept };
});
