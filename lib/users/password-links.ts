// One-time set-password links: issuing one (inside the caller's transaction,
// so creating a user or an admin's reset makes its link atomically), checking
// what a link is good for, and using it to set the password. Takes the
// database as its first argument, like lib/users/admin.ts.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import { readConfig } from "@/lib/config/env";
import type { Db, Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";

export const PASSWORD_LINK_VALID_MS = 24 * 60 * 60 * 1000;

/** Only this hash is stored: a copy of the database does not yield working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a new link for a user inside the caller's transaction. Earlier links
 * that were never used stop working: only the newest one an admin handed out
 * should be able to set the password.
 */
export async function createPasswordToken(tx: Tx, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  await tx.passwordToken.create({
    data: { userId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_LINK_VALID_MS) },
  });
  return token;
}

/** The address an admin hands to the user (shown once: only its hash is kept). */
export function setPasswordUrl(token: string, siteUrl = readConfig().siteUrl): string {
  return `${siteUrl}/set-password/${token}`;
}

export type TokenStatus =
  | { status: "valid"; tokenId: string; userId: string; email: string; displayName: string; penName: string | null; language: string | null }
  | { status: "unknown" | "used" | "expired" | "disabled" };

/** What a set-password link is good for; the set-password page and setPasswordWithToken both ask this. */
export async function passwordTokenStatus(db: Tx, token: string, now = new Date()): Promise<TokenStatus> {
  // Anything that is not the shape we hand out cannot be one of ours (and is not worth a query).
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: "unknown" };
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, displayName: true, penName: true, language: true, disabledAt: true } } },
  });
  if (!row) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  if (row.user.disabledAt) return { status: "disabled" };
  return {
    status: "valid",
    tokenId: row.id,
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    penName: row.user.penName,
    language: row.user.language,
  };
}

const TOKEN_REFUSALS: Record<Exclude<TokenStatus["status"], "valid">, string> = {
  unknown: "users.errors.linkUnknown",
  used: "users.errors.linkUsed",
  expired: "users.errors.linkExpired",
  disabled: "users.errors.accountDisabled",
};

/** Why a link cannot be used, as a catalogue key (the set-password page shows it too). */
export function tokenRefusal(status: Exclude<TokenStatus["status"], "valid">): string {
  return TOKEN_REFUSALS[status];
}

/**
 * Sets a password through a one-time link: the link must be known, unused,
 * unexpired and for an active account, and the password acceptable. Ends the
 * user's other sessions.
 */
export async function setPasswordWithToken(
  db: Db,
  token: string,
  password: string,
  ip: string | null = null,
): Promise<{ email: string }> {
  const found = await passwordTokenStatus(db, token);
  if (found.status !== "valid") throw new UserError(tokenRefusal(found.status));
  const problem = checkPassword(password, found); // judged for the link's owner: their name and email make it weak
  if (problem) throw new UserError(problem.key, problem.values);
  const passwordHash = await hashPassword(password); // before the transaction: hashing is slow on purpose
  await db.$transaction(async (tx) => {
    // Marking the link used only if it is still unused makes two submissions
    // racing each other end with exactly one success.
    const claimed = await tx.passwordToken.updateMany({
      where: { id: found.tokenId, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) throw new UserError(tokenRefusal("used"));
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { action: "user.password_set", actorId: found.userId, targetType: "user", targetId: found.userId, ip });
  });
  return { email: found.email };
}
