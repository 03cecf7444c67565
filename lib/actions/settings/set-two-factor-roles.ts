"use server";
// Saves which roles must use two-factor sign-in (/newsroom/settings). Takes
// effect at each affected person's next request (every request checks):
// those without it are sent to set it up.
import { headers } from "next/headers";
import { z } from "zod";
import { setTwoFactorRequiredRoles, twoFactorRolesSchema } from "@/lib/auth/two-factor-policy";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { authedAction } from "@/lib/actions/action";

const schema = z.object({ roles: twoFactorRolesSchema });

export const setTwoFactorRolesAction = authedAction("settings:manage", schema, async ({ roles }, user) => {
  const result = await setTwoFactorRequiredRoles(db, { id: user.id, ip: clientIp(await headers()) }, roles);
  return { ok: true as const, ...result };
});
