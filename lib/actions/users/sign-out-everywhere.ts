"use server";
// "Sign out everywhere": ends all sessions of the caller, or, for an admin, of
// any user. Takes effect at each session's next request.
import { headers } from "next/headers";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { revokeSessions } from "@/lib/users/admin";
import { authedAction, refuse } from "@/lib/actions/action";

const schema = z.object({ userId: z.string().min(1, "validation.invalid").optional() });

export const signOutEverywhereAction = authedAction("newsroom:enter", schema, async ({ userId }, user) => {
  const target = userId ?? user.id;
  if (target !== user.id && !can(user.role, "users:manage")) refuse("users.errors.onlySelf");
  await revokeSessions(db, { id: user.id, ip: clientIp(await headers()) }, target);
  return { ok: true };
});
