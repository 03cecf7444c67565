// The user behind a session, read from the database on every request
// (lib/auth/session.ts): active, with the session's version current, and
// whether they must still set up two-factor sign-in because their role
// requires it (lib/auth/two-factor-policy.ts). Takes the database as an
// argument so tests run it against a fresh one.
import type { Prisma, Role } from "@prisma/client";
import { twoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import type { Tx } from "@/lib/db/client";

export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  penName: string | null;
  language: string | null;
  /** Their role requires two-factor sign-in and they have not set it up: the newsroom is closed to them until they do. */
  mustSetUpTwoFactor: boolean;
};

const sessionUserSelect = {
  id: true,
  email: true,
  displayName: true,
  role: true,
  penName: true,
  language: true,
  disabledAt: true,
  sessionVersion: true,
  twoFactor: { select: { confirmedAt: true } },
} as const;

type SessionUserRow = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;

/** The rule: an active user whose session carries their current version. */
function toSessionUser(user: SessionUserRow | null, sessionVersion: number, required: Role[]): SessionUser | null {
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    penName: user.penName,
    language: user.language,
    mustSetUpTwoFactor: required.includes(user.role) && !user.twoFactor?.confirmedAt,
  };
}

export async function loadSessionUser(db: Tx, userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: sessionUserSelect });
  // Settings are read only for a session that holds.
  if (!toSessionUser(user, sessionVersion, [])) return null;
  return toSessionUser(user, sessionVersion, await twoFactorRequiredRoles(db));
}

/**
 * Many sessions at once (the live connections' periodic check): the same rule
 * as loadSessionUser, in two queries whatever their number. Keyed by the
 * session's `key`; null for a session that no longer holds.
 */
export async function loadSessionUsers(
  db: Tx,
  sessions: { key: string; userId: string; sessionVersion: number }[],
): Promise<Map<string, SessionUser | null>> {
  const ids = [...new Set(sessions.map((s) => s.userId))];
  const rows = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: sessionUserSelect }) : [];
  const required = rows.length ? await twoFactorRequiredRoles(db) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(sessions.map((s) => [s.key, toSessionUser(byId.get(s.userId) ?? null, s.sessionVersion, required)]));
}
