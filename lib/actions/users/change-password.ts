"use server";
// A staff member changes their own password in /newsroom/profile: the current
// one is required, the new one must pass the one rule for new passwords
// (lib/auth/password.ts). Every other session of theirs ends; this browser's
// is re-issued with the new session version so they stay signed in here.
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { MAX_PASSWORD_LENGTH, PASSWORD_PROBLEMS } from "@/lib/auth/password";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors/user-error";
import { clientIp } from "@/lib/http/client-ip";
import { messageFor } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";
import { changeOwnPassword } from "@/lib/users/profile";
import { authedAction, type ActionResult } from "@/lib/actions/action";

const schema = z
  .object({
    currentPassword: z.string().min(1, "auth.validation.currentPasswordMissing").max(MAX_PASSWORD_LENGTH, "auth.validation.currentPasswordWrong"),
    newPassword: z.string().max(MAX_PASSWORD_LENGTH, "auth.validation.passwordTooLong"),
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { message: "auth.validation.passwordsDiffer", path: ["confirm"] });

/** The field a refusal is about, so the form shows it there; null for the form's own message. */
function fieldOf(e: unknown): "currentPassword" | "newPassword" | null {
  if (!(e instanceof UserError)) return null;
  if (e.key === "auth.validation.currentPasswordWrong") return "currentPassword";
  return PASSWORD_PROBLEMS.has(e.key) ? "newPassword" : null;
}

type Changed = ActionResult<{ stillSignedIn: boolean }>;

export const changePasswordAction = authedAction("newsroom:enter", schema, async ({ currentPassword, newPassword }, user): Promise<Changed> => {
  let sessionVersion: number;
  try {
    ({ sessionVersion } = await changeOwnPassword(db, { id: user.id, ip: clientIp(await headers()) }, { currentPassword, newPassword }));
  } catch (e) {
    const field = fieldOf(e);
    if (!field) throw e; // authedAction shows other refusals as the form's message
    const locale = await newsroomLocale(user);
    return { ok: false, error: messageFor(locale, "errors.fieldsNeedAttention"), fieldErrors: { [field]: [(e as UserError).messageIn(locale)] } };
  }
  const move = { userId: user.id, from: sessionVersion - 1, to: sessionVersion };
  const stillSignedIn = await reissueSessionCookie(await cookies(), move, { secret: authOptions.secret, maxAge: SESSION_MAX_AGE_SECONDS });
  return { ok: true, stillSignedIn };
});
