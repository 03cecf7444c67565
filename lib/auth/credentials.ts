// Checks an email and password against the users table. Separate from the
// next-auth wiring so it can be tested against a real database.
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import { FAILED_SIGN_IN, signInRetryAfter } from "@/lib/auth/throttle";

export type SignedInUser = { id: string; email: string; name: string; role: string; sessionVersion: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Returns the user when the credentials are right and the account is active,
 * otherwise null. Every outcome is audited; the caller shows one message for
 * every failure so that it does not reveal which emails have accounts.
 */
export async function verifyCredentials(
  db: Db,
  rawEmail: unknown,
  password: unknown,
  ip: string | null = null,
): Promise<SignedInUser | null> {
  const email = typeof rawEmail === "string" ? normalizeEmail(rawEmail) : "";
  if (!email || typeof password !== "string" || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    await recordAudit(db, { action: FAILED_SIGN_IN, targetType: "account", targetId: email, detail: { email, reason: "malformed" }, ip });
    return null;
  }
  if ((await signInRetryAfter(db, email, ip)) > 0) {
    await recordAudit(db, { action: FAILED_SIGN_IN, targetType: "account", targetId: email, detail: { email, reason: "throttled" }, ip });
    return null;
  }
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok || user.disabledAt) {
    const reason = !user ? "unknown_email" : user.disabledAt ? "disabled" : "wrong_password";
    await recordAudit(db, { action: FAILED_SIGN_IN, actorId: user?.id, targetType: "account", targetId: email, detail: { email, reason }, ip });
    return null;
  }
  await recordAudit(db, { action: "auth.sign_in", actorId: user.id, ip });
  return { id: user.id, email: user.email, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
}
