"use server";
// Adds a staff member without a password and returns the one-time link that
// lets them set it; the admin sees the link once and passes it on.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { createUser, newUserSchema } from "@/lib/users/admin";
import { setPasswordUrl } from "@/lib/users/password-links";
import { authedAction } from "@/lib/actions/action";

export const createUserAction = authedAction("users:manage", newUserSchema, async (input, user) => {
  const ip = clientIp(await headers());
  const created = await createUser(db, { id: user.id, ip }, input);
  revalidatePath("/newsroom/users");
  return {
    ok: true as const,
    user: { email: created.user.email, displayName: created.user.displayName },
    link: setPasswordUrl(created.setPasswordToken),
  };
});
