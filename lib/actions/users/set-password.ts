"use server";
// Sets a password through a one-time link (/set-password/<token>). The one
// action that does not go through authedAction: the person using it cannot
// sign in yet, so the link itself is the credential. It is 32 random bytes,
// so guessing one is not a practical attack; lib/users/admin.ts checks it.
import { headers } from "next/headers";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { setPasswordWithToken } from "@/lib/users/admin";
import type { ActionResult } from "../action";

const schema = z
  .object({
    token: z.string().min(1).max(100),
    password: z.string().max(MAX_PASSWORD_LENGTH, `Passwords can have at most ${MAX_PASSWORD_LENGTH} characters.`),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "The two passwords are not the same.", path: ["confirm"] });

export async function setPasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    const { email } = await setPasswordWithToken(db, parsed.data.token, parsed.data.password, clientIp(await headers()));
    return { ok: true, email };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, error: e.message };
    throw e;
  }
}
