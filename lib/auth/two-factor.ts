// Two-factor sign-in with an authenticator app: setting it up (a secret shown
// as a QR code, confirmed with a first code, then ten recovery codes shown
// once), checking the code at sign-in, and an admin clearing it for someone
// who lost their phone. The codes themselves are lib/auth/totp.ts and
// lib/auth/recovery-codes.ts; the sign-in steps are lib/auth/sign-in.ts.
import { recordAudit } from "@/lib/audit/record";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, recoveryCodeMatches } from "@/lib/auth/recovery-codes";
import { looksLikeTotp, matchTotp, newTotpSecret, totpUri } from "@/lib/auth/totp";
import type { Db, Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";

type Actor = { id: string; ip?: string | null };

export type TwoFactorState =
  | { status: "off" }
  /** A secret was made but no code has confirmed it yet: not asked for at sign-in. */
  | { status: "setting-up" }
  | { status: "on"; since: Date; recoveryCodesLeft: number };

export async function twoFactorState(db: Tx, userId: string): Promise<TwoFactorState> {
  const row = await db.twoFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  if (!row) return { status: "off" };
  if (!row.confirmedAt) return { status: "setting-up" };
  const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
  return { status: "on", since: row.confirmedAt, recoveryCodesLeft };
}

/** The ids of everyone with two-factor sign-in on (for the users page). */
export async function usersWithTwoFactor(db: Tx): Promise<Set<string>> {
  const rows = await db.twoFactor.findMany({ where: { confirmedAt: { not: null } }, select: { userId: true } });
  return new Set(rows.map((r) => r.userId));
}

/**
 * Starts setting up: a new secret (replacing one never confirmed), returned
 * with the otpauth:// address for the QR code. Refused while it is on.
 */
export async function beginTwoFactorSetup(db: Db, userId: string, label: { issuer: string; account: string }): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret();
  await db.$transaction(async (tx) => {
    const existing = await tx.twoFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
    if (existing?.confirmedAt) throw new UserError("auth.errors.twoFactorAlreadyOn");
    await tx.twoFactor.upsert({
      where: { userId },
      create: { userId, secret },
      update: { secret, confirmedAt: null, lastStep: null },
    });
  });
  return { secret, uri: totpUri(secret, label.issuer, label.account) };
}

/**
 * Turns two-factor sign-in on once a code from the app proves it was set up
 * with the secret just shown. Returns the recovery codes, which are shown
 * this once: only their hashes are kept.
 */
export async function confirmTwoFactorSetup(db: Db, actor: Actor, code: string, now = new Date()): Promise<{ recoveryCodes: string[] }> {
  const row = await db.twoFactor.findUnique({ where: { userId: actor.id } });
  if (!row) throw new UserError("auth.errors.twoFactorNotSettingUp");
  if (row.confirmedAt) throw new UserError("auth.errors.twoFactorAlreadyOn");
  const step = await matchTotp(row.secret, code, null, now);
  if (step === null) throw new UserError("auth.errors.twoFactorWrongCode");
  const recoveryCodes = newRecoveryCodes();
  const hashes = await Promise.all(recoveryCodes.map(hashRecoveryCode)); // before the transaction: hashing is slow on purpose
  await db.$transaction(async (tx) => {
    // Only the secret that was checked, and only once (two tabs confirming at once).
    const confirmed = await tx.twoFactor.updateMany({
      where: { userId: actor.id, secret: row.secret, confirmedAt: null },
      // The code used here is spent: it cannot also sign someone in.
      data: { confirmedAt: now, lastStep: step },
    });
    if (confirmed.count !== 1) throw new UserError("auth.errors.twoFactorNotSettingUp");
    await tx.recoveryCode.deleteMany({ where: { userId: actor.id } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: actor.id, codeHash })) });
    await recordAudit(tx, { action: "user.two_factor_enabled", actorId: actor.id, targetType: "user", targetId: actor.id, ip: actor.ip });
  });
  return { recoveryCodes };
}

/**
 * The second step of a sign-in: a code from the app (each accepted at most
 * once: its time step must come after the last one used) or an unused
 * recovery code (then used up). Returns which it was, or null.
 */
export async function checkSecondFactor(db: Db, userId: string, input: string, now = new Date()): Promise<"totp" | "recovery" | null> {
  const row = await db.twoFactor.findUnique({ where: { userId } });
  if (!row?.confirmedAt) return null;
  if (looksLikeTotp(input)) {
    const step = await matchTotp(row.secret, input, row.lastStep, now);
    if (step === null) return null;
    // Recorded only if no other request took this step (or a later one) meanwhile.
    const claimed = await db.twoFactor.updateMany({
      where: { userId, OR: [{ lastStep: null }, { lastStep: { lt: step } }] },
      data: { lastStep: step },
    });
    return claimed.count === 1 ? "totp" : null;
  }
  const code = normalizeRecoveryCode(input);
  if (!code) return null;
  const unused = await db.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const candidate of unused) {
    if (!(await recoveryCodeMatches(candidate.codeHash, code))) continue;
    const used = await db.recoveryCode.updateMany({ where: { id: candidate.id, usedAt: null }, data: { usedAt: now } });
    return used.count === 1 ? "recovery" : null;
  }
  return null;
}

/**
 * An admin turns someone's two-factor sign-in off (a lost phone, no recovery
 * codes left): the secret and recovery codes go, with a
 * `user.two_factor_cleared` audit event. They sign in with their password
 * alone until they set it up again (at once, if their role requires it).
 */
export async function clearTwoFactor(db: Db, actor: Actor, userId: string): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new UserError("users.errors.userGone");
    const removed = await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    if (removed.count === 0) return { changed: false };
    await recordAudit(tx, {
      action: "user.two_factor_cleared",
      actorId: actor.id,
      targetType: "user",
      targetId: userId,
      detail: { email: user.email },
      ip: actor.ip,
    });
    return { changed: true };
  });
}
