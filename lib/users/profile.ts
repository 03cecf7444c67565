// What staff members change about themselves in /newsroom/profile: the
// language the newsroom speaks to them (User.language; null follows the
// site's language) and their password. Takes the database as its first
// argument, like lib/users/admin.ts, so tests run it against a fresh database.
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { checkPassword, hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import { releaseSignInAttempt, reserveSignInAttempt } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { isLocale } from "@/lib/i18n/catalogue";

/** A language with a catalogue, or null for "the site's language". */
export const newsroomLanguageSchema = z.string("validation.language").refine(isLocale, "validation.language").nullable();

/** Sets the user's newsroom language, with a `user.language_changed` audit event. No-op if unchanged. */
export async function setNewsroomLanguage(db: Db, actor: Pick<Actor, "id" | "ip">, language: string | null): Promise<{ changed: boolean }> {
  const parsed = newsroomLanguageSchema.safeParse(language);
  if (!parsed.success) throw new UserError(parsed.error.issues[0].message);
  const next = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { language: true } });
    if (user.language === next) return { changed: false };
    await tx.user.update({ where: { id: actor.id }, data: { language: next } });
    await recordAudit(tx, {
      action: "user.language_changed",
      actorId: actor.id,
      targetType: "user",
      targetId: actor.id,
      detail: { language: { from: user.language, to: next } },
      ip: actor.ip,
    });
    return { changed: true };
  });
}

export const PASSWORD_CHANGE_FAILED = "user.password_change_failed";

export type PasswordChange = { currentPassword: string; newPassword: string };

/**
 * Changes the signed-in person's own password. The current one must be right
 * (an open session alone is not enough) and the new one must pass the rule
 * for new passwords. Every session of theirs ends, as the session version
 * moves; the caller re-issues the one it was asked from. The check of the
 * current password is throttled together with sign-ins (lib/auth/throttle.ts:
 * the same attempts for the same account), so a stolen session cannot guess
 * its way to the password; wrong ones are audited.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Pick<Actor, "id" | "ip">,
  { currentPassword, newPassword }: PasswordChange,
): Promise<{ sessionVersion: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, omit: { passwordHash: false } });
  const failed = (reason: string) =>
    recordAudit(db, { action: PASSWORD_CHANGE_FAILED, actorId: actor.id, targetType: "user", targetId: actor.id, detail: { reason }, ip: actor.ip });
  const attempt = await reserveSignInAttempt(db, user.email, actor.ip ?? null);
  if (!attempt.ok) {
    await failed("throttled");
    throw new UserError("auth.validation.currentPasswordThrottled");
  }
  const right =
    user.passwordHash !== null && currentPassword.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(user.passwordHash, currentPassword));
  if (!right) {
    await failed("wrong_password");
    throw new UserError("auth.validation.currentPasswordWrong");
  }
  await releaseSignInAttempt(db, attempt.id);
  const problem = checkPassword(newPassword, { email: user.email, displayName: user.displayName, penName: user.penName });
  if (problem) throw new UserError(problem.key, problem.values);
  const passwordHash = await hashPassword(newPassword); // before the transaction: hashing is slow on purpose
  const sessionVersion = user.sessionVersion + 1;
  await db.$transaction(async (tx) => {
    // Only over the password and session version just checked: a reset,
    // disabling or another change in the meantime wins, and this one stops.
    const changed = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash, sessionVersion: user.sessionVersion, disabledAt: null },
      data: { passwordHash, sessionVersion },
    });
    if (changed.count !== 1) throw new UserError("errors.sessionEnded");
    await recordAudit(tx, { action: "user.password_changed", actorId: actor.id, targetType: "user", targetId: actor.id, ip: actor.ip });
  });
  return { sessionVersion };
}
