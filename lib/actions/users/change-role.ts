"use server";
// Gives a user another role. Their sessions end (they sign in again with the
// new role); the last admin who can sign in cannot be demoted.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { ROLES } from "@/lib/auth/permissions";
import { changeRole } from "@/lib/users/admin";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ userId: z.string().min(1, "validation.invalid"), role: z.enum(ROLES, "users.validation.role") });

export const changeRoleAction = authedAction("users:manage", schema, async ({ userId, role }, user) => {
  const ip = clientIp(await headers());
  const { changed } = await changeRole(db, { id: user.id, ip }, userId, role);
  revalidatePath("/newsroom/users");
  return { ok: true as const, changed };
});
