// Checks an email and password against the users table, throttled
// (lib/auth/throttle.ts). Separate from the next-auth wiring so it can be
// tested against a real database.
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import { FAILED_SIGN_IN, releaseSignInAttempt, reserveSignInAttempt } from "@/lib/auth/throttle";

export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  role: string;
  sessionVersion: number;
  /** Whether a code from the authenticator app must follow the password. */
  twoFactor: boolean;
};

export type PasswordCheck =
  | { outcome: "ok"; user: SignedInUser }
  | { outcome: "failed" }
  | { outcome: "throttled"; retryAfter: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a sign-in's email and password. Every outcome is audited; callers
 * show one message for every failure so that it does not reveal which emails
 * have accounts. For someone with two-factor sign-in the right password is
 * only the first step (lib/auth/sign-in.ts asks for the code), so it is
 * audited as such rather than as a sign-in.
 */
export async function checkCredentials(db: Db, rawEmail: unknown, password: unknown, ip: string | null = null): Promise<PasswordCheck> {
  const email = typeof rawEmail === "string" ? normalizeEmail(rawEmail) : "";
  const fail = (reason: string, actorId?: string) =>
    recordAudit(db, { action: FAILED_SIGN_IN, actorId, targetType: "account", targetId: email, detail: { email, reason }, ip });
  if (!email || typeof password !== "string" || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    await fail("malformed");
    return { outcome: "failed" };
  }
  const attempt = await reserveSignInAttempt(db, email, ip);
  if (!attempt.ok) {
    await fail("throttled");
    return { outcome: "throttled", retryAfter: attempt.retryAfter };
  }
  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
    include: { twoFactor: { select: { confirmedAt: true } } },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok || user.disabledAt) {
    await fail(!user ? "unknown_email" : user.disabledAt ? "disabled" : "wrong_password", user?.id);
    return { outcome: "failed" };
  }
  await releaseSignInAttempt(db, attempt.id);
  const twoFactor = Boolean(user.twoFactor?.confirmedAt);
  await recordAudit(db, { action: twoFactor ? "auth.password_accepted" : "auth.sign_in", actorId: user.id, ip });
  return {
    outcome: "ok",
    user: { id: user.id, email: user.email, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion, twoFactor },
  };
}

/** The user when the email and password are right (and nothing is throttled), else null. */
export async function verifyCredentials(db: Db, rawEmail: unknown, password: unknown, ip: string | null = null): Promise<SignedInUser | null> {
  const check = await checkCredentials(db, rawEmail, password, ip);
  return check.outcome === "ok" ? check.user : null;
}
