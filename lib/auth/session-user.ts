// The user behind a session, read from the database on every request
// (lib/auth/session.ts): active, with the session's version current, and
// whether they must still set up two-factor sign-in because their role
// requires it (lib/auth/two-factor-policy.ts). Takes the database as an
// argument so tests run it against a fresh one.
import type { Role } from "@prisma/client";
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

export async function loadSessionUser(db: Tx, userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      displayName: true,
      role: true,
      penName: true,
      language: true,
      disabledAt: true,
      sessionVersion: true,
      twoFactor: { select: { confirmedAt: true } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  const required = await twoFactorRequiredRoles(db);
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
