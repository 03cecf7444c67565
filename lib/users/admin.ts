// Staff administration: creating users, one-time set-password links, role
// changes, disabling. Takes the database as its first argument so tests run it
// against a fresh database; the server actions in lib/actions/users/ pass the
// app's client. Every change is one transaction together with its audit event.
import { createHash, randomBytes } from "node:crypto";
import type { Role } from "@prisma/client";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "@/lib/auth/credentials";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/permissions";
import { readConfig } from "@/lib/config/env";
import type { Db, Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";

/** Who is acting, and from where (for the audit log). */
export type Actor = { id: string; ip?: string | null };

export { ROLES };

export const PASSWORD_LINK_VALID_MS = 24 * 60 * 60 * 1000;
export const MAX_DISPLAY_NAME_LENGTH = 100;

/** The fields of a new user; the create-user action parses its form with this too. */
export const newUserSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254, "users.validation.emailTooLong")
    .pipe(z.email("users.validation.email"))
    .transform(normalizeEmail),
  displayName: z
    .string()
    .trim()
    .min(1, "users.validation.nameMissing")
    // The message states the limit (MAX_DISPLAY_NAME_LENGTH); tests/unit/limits-in-messages.test.ts keeps them equal.
    .max(MAX_DISPLAY_NAME_LENGTH, "users.validation.nameTooLong"),
  role: z.enum(ROLES, "users.validation.role"),
});

export type NewUser = z.input<typeof newUserSchema>;

export type UserRow = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabledAt: Date | null;
  hasPassword: boolean;
  createdAt: Date;
};

/** Everyone, active users first, for the users page. */
export async function listUsers(db: Tx): Promise<UserRow[]> {
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { displayName: "asc" }],
    select: { id: true, email: true, displayName: true, role: true, disabledAt: true, createdAt: true, passwordHash: true },
  });
  return users.map(({ passwordHash, ...u }) => ({ ...u, hasPassword: passwordHash !== null }));
}

// ---------------------------------------------------------------------------
// Set-password links

/** Only this hash is stored: a copy of the database does not yield working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a new link for a user inside the caller's transaction. Earlier links
 * that were never used stop working: only the newest one an admin handed out
 * should be able to set the password.
 */
async function createPasswordToken(tx: Tx, userId: string): Promise<string> {
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
  | { status: "valid"; tokenId: string; userId: string; email: string; displayName: string; language: string | null }
  | { status: "unknown" | "used" | "expired" | "disabled" };

/** What a set-password link is good for; the set-password page and setPasswordWithToken both ask this. */
export async function passwordTokenStatus(db: Tx, token: string, now = new Date()): Promise<TokenStatus> {
  // Anything that is not the shape we hand out cannot be one of ours (and is not worth a query).
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: "unknown" };
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, displayName: true, language: true, disabledAt: true } } },
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
  const problem = checkPassword(password);
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

// ---------------------------------------------------------------------------
// Changes made by an admin

async function findUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, displayName: true, role: true, disabledAt: true },
  });
  if (!user) throw new UserError("users.errors.userGone");
  return user;
}

/**
 * Refuses a change that would leave no admin able to sign in, if `userId` is
 * such an admin now. Counts inside the caller's transaction. An admin "able to
 * sign in" is enabled and has a password: an invited admin who never used
 * their link does not count, or losing that link would lock everyone out.
 */
export async function assertNotLastActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const activeAdmin = { role: "ADMIN", disabledAt: null, passwordHash: { not: null } } as const;
  const target = await tx.user.findFirst({ where: { id: userId, ...activeAdmin }, select: { displayName: true } });
  if (!target) return;
  const others = await tx.user.count({ where: { ...activeAdmin, id: { not: userId } } });
  if (others === 0) {
    throw new UserError("users.errors.lastAdmin", { name: target.displayName });
  }
}

/** Creates a user without a password and the one-time link to set it. */
export async function createUser(
  db: Db,
  actor: Actor,
  input: NewUser,
): Promise<{ user: { id: string; email: string; displayName: string; role: Role }; setPasswordToken: string }> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) throw new UserError(parsed.error.issues[0].message);
  const { email, displayName, role } = parsed.data;
  const duplicate = () => new UserError("users.errors.duplicateEmail", { email });
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw duplicate();
      const user = await tx.user.create({
        data: { email, displayName, role },
        select: { id: true, email: true, displayName: true, role: true },
      });
      const setPasswordToken = await createPasswordToken(tx, user.id);
      await recordAudit(tx, {
        action: "user.created",
        actorId: actor.id,
        targetType: "user",
        targetId: user.id,
        detail: { email, displayName, role },
        ip: actor.ip,
      });
      return { user, setPasswordToken };
    });
  } catch (e) {
    // Two admins creating the same address at once: the unique index decides.
    if ((e as { code?: string }).code === "P2002") throw duplicate();
    throw e;
  }
}

/**
 * An admin's password reset: the old password stops working at once (it may
 * be why the reset was asked for), the user's sessions end, and a new link is
 * made. Also used to hand out a fresh link to someone who lost theirs.
 */
export async function issuePasswordToken(db: Db, actor: Actor, userId: string): Promise<{ email: string; setPasswordToken: string }> {
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    // Without a password this admin could not sign in until the link is used.
    await assertNotLastActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash: null, sessionVersion: { increment: 1 } } });
    const setPasswordToken = await createPasswordToken(tx, userId);
    await recordAudit(tx, {
      action: "user.password_link_issued",
      actorId: actor.id,
      targetType: "user",
      targetId: userId,
      detail: { email: user.email },
      ip: actor.ip,
    });
    return { email: user.email, setPasswordToken };
  });
}

/** Changes a user's role; their sessions end so they sign in with the new one. No-op if unchanged. */
export async function changeRole(db: Db, actor: Actor, userId: string, role: Role): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (user.role === role) return { changed: false };
    if (user.role === "ADMIN") await assertNotLastActiveAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      action: "user.role_changed",
      actorId: actor.id,
      targetType: "user",
      targetId: userId,
      detail: { email: user.email, role: { from: user.role, to: role } },
      ip: actor.ip,
    });
    return { changed: true };
  });
}

/**
 * Disables or re-enables an account. Disabling ends the user's sessions at
 * their next request (getCurrentUser checks disabledAt and sessionVersion).
 * No-op if the account is already in that state.
 */
export async function setDisabled(db: Db, actor: Actor, userId: string, disabled: boolean): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    if (Boolean(user.disabledAt) === disabled) return { changed: false };
    if (disabled) await assertNotLastActiveAdmin(tx, userId);
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
    });
    await recordAudit(tx, {
      action: disabled ? "user.disabled" : "user.enabled",
      actorId: actor.id,
      targetType: "user",
      targetId: userId,
      detail: { email: user.email },
      ip: actor.ip,
    });
    return { changed: true };
  });
}

/** Ends every session of a user at their next request ("sign out everywhere"). */
export async function revokeSessions(db: Db, actor: Actor, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await findUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      action: "user.sessions_revoked",
      actorId: actor.id,
      targetType: "user",
      targetId: userId,
      detail: { email: user.email, by: actor.id === userId ? "self" : "admin" },
      ip: actor.ip,
    });
  });
}
