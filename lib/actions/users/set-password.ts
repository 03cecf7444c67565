"use server";
// Sets a password through a one-time link (/set-password/<token>). The one
// action that does not go through authedAction: the person using it cannot
// sign in yet, so the link itself is the credential. It is 32 random bytes,
// so guessing one is not a practical attack; lib/users/password-links.ts
// checks it.
// Answers in the language of the link's owner (else the site's), like the page.
import { headers } from "next/headers";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import { clientIp } from "@/lib/http/client-ip";
import { messageFor } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";
import { passwordTokenStatus, setPasswordWithToken } from "@/lib/users/password-links";
import type { ActionResult } from "@/lib/actions/action";

const schema = z
  .object({
    token: z.string().min(1).max(100),
    password: z.string().max(MAX_PASSWORD_LENGTH, "auth.validation.passwordTooLong"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "auth.validation.passwordsDiffer", path: ["confirm"] });

/** The language of the person the link was made for, else the site's. */
async function linkLocale(input: unknown): Promise<string> {
  const token = (input as { token?: unknown } | null)?.token;
  const found = typeof token === "string" ? await passwordTokenStatus(db, token) : null;
  return newsroomLocale(found?.status === "valid" ? found : null);
}

export async function setPasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const locale = await linkLocale(input);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      fieldErrors[field] = (messages as string[]).map((m) => messageFor(locale, m));
    }
    return { ok: false, error: messageFor(locale, "errors.fieldsNeedAttention"), fieldErrors };
  }
  try {
    const { email } = await setPasswordWithToken(db, parsed.data.token, parsed.data.password, clientIp(await headers()));
    return { ok: true, email };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, error: e.messageIn(locale) };
    throw e;
  }
}
