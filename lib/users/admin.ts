// Staff administration: creating users, password resets, role changes,
// disabling (the one-time set-password links themselves are in
// lib/users/password-links.ts). Takes the database as its first argument so
// tests run it against a fresh database; the server actions in
// lib/actions/users/ pass the app's client. Every change is one transaction together with its audit event.
import type { Role } from "@prisma/client";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { normalizeEmail } from "@/lib/auth/credentials";
import { ROLES } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { holdLock } from "@/lib/db/concurrency";
import { UserError } from "@/lib/errors/user-error";
import { createPasswordToken } from "@/lib/users/password-links";

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
 * such an admin now. Counts inside the caller's transaction, which must hold
 * the "active-admins" lock (lib/db/concurrency.ts): two admins acting on each
 * other at once would otherwise each count the other. An admin "able to
 * sign in" is enabled and has a password: an invited admin who never used
 * their link does not count, or losing that link would lock everyone out.
 */
export async function assertNotLastActiveAdmin(tx: Tx, userId: string): Promise<void> {
  const name = await lastActiveAdminName(tx, userId);
  if (name !== null) throw new UserError("users.errors.lastAdmin", { name });
}

/** The name of `userId` if they are the only admin able to sign in, else null. */
async function lastActiveAdminName(tx: Tx, userId: string): Promise<string | null> {
  const activeAdmin = { role: "ADMIN", disabledAt: null, passwordHash: { not: null } } as const;
  const target = await tx.user.findFirst({ where: { id: userId, ...activeAdmin }, select: { displayName: true } });
  if (!target) return null;
  const others = await tx.user.count({ where: { ...activeAdmin, id: { not: userId } } });
  return others === 0 ? target.displayName : null;
}

/** Creates a user without a password and the one-time link to set it. */
export async function createUser(
  db: Db,
  actor: Pick<Actor, "id" | "ip">,
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
 * The last admin able to sign in may reset their own password too (nobody
 * else can be resetting it: any other admin acting would count), but keeps
 * the current one until the link is used: clearing it would lock everyone out
 * should the link be lost or expire.
 */
export async function issuePasswordToken(
  db: Db,
  actor: Pick<Actor, "id" | "ip">,
  userId: string,
): Promise<{ email: string; setPasswordToken: string; passwordKept: boolean }> {
  return db.$transaction(async (tx) => {
    // Two admins resetting each other at once must not both lose their passwords.
    await holdLock(tx, "active-admins");
    const user = await findUser(tx, userId);
    const passwordKept = (await lastActiveAdminName(tx, userId)) !== null;
    await tx.user.update({
      where: { id: userId },
      data: passwordKept ? { sessionVersion: { increment: 1 } } : { passwordHash: null, sessionVersion: { increment: 1 } },
    });
    const setPasswordToken = await createPasswordToken(tx, userId);
    await recordAudit(tx, {
      action: "user.password_link_issued",
      actorId: actor.id,
      targetType: "user",
      targetId: userId,
      detail: passwordKept ? { email: user.email, passwordKept } : { email: user.email },
      ip: actor.ip,
    });
    return { email: user.email, setPasswordToken, passwordKept };
  });
}

/** Changes a user's role; their sessions end so they sign in with the new one. No-op if unchanged. */
export async function changeRole(db: Db, actor: Pick<Actor, "id" | "ip">, userId: string, role: Role): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    // Two admins demoting each other at once must not both succeed.
    await holdLock(tx, "active-admins");
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
export async function setDisabled(db: Db, actor: Pick<Actor, "id" | "ip">, userId: string, disabled: boolean): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    await holdLock(tx, "active-admins"); // see changeRole
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
export async function revokeSessions(db: Db, actor: Pick<Actor, "id" | "ip">, userId: string): Promise<void> {
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
