// Who is on the other end of a collaboration socket: the same signed
// next-auth cookie and the same database check as every page
// (lib/auth/session-user.ts: active, session version current, two-factor set
// up where required), plus the sign-out record (lib/auth/ended-sessions.ts),
// since a signed-out cookie would otherwise stay valid until it expires.
// Not `server-only`: Sapo's own server loads it outside Next.js.
import { isSessionEnded, readLiveSession, type LiveSession as Token } from "@/lib/auth/ended-sessions";
import { loadSessionUser, loadSessionUsers, type SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db/client";

export type LiveSession = Token & { user: SessionUser };

/** The session behind a Cookie header, checked against the database now; null if there is none or it ended. */
export async function liveSession(db: Tx, cookieHeader: string | undefined, secret: string | undefined): Promise<LiveSession | null> {
  const token = await readLiveSession(cookieHeader ?? null, secret);
  return token ? recheckSession(db, token) : null;
}

/** Checks a session again: null once the user is disabled, their role changed, they signed out or the token expired. */
export async function recheckSession(db: Tx, token: Token): Promise<LiveSession | null> {
  if (token.expiresAt <= new Date()) return null;
  const user = await loadSessionUser(db, token.userId, token.sessionVersion);
  if (!user || user.mustSetUpTwoFactor) return null;
  if (await isSessionEnded(db, token.jti)) return null;
  return { ...token, user };
}

/**
 * Checks many sessions at once (the periodic sweep of open connections): the
 * same rules as recheckSession in three queries, however many there are.
 * Keyed by token id.
 */
export async function recheckSessions(db: Tx, tokens: Token[]): Promise<Map<string, LiveSession | null>> {
  const now = new Date();
  const live = tokens.filter((t) => t.expiresAt > now);
  const users = await loadSessionUsers(
    db,
    live.map((t) => ({ key: t.jti, userId: t.userId, sessionVersion: t.sessionVersion })),
  );
  const jtis = live.map((t) => t.jti);
  const ended = new Set(
    jtis.length ? (await db.endedSession.findMany({ where: { jti: { in: jtis } }, select: { jti: true } })).map((e) => e.jti) : [],
  );
  return new Map(
    tokens.map((t) => {
      const user = users.get(t.jti);
      return [t.jti, user && !user.mustSetUpTwoFactor && !ended.has(t.jti) && t.expiresAt > now ? { ...t, user } : null];
    }),
  );
}

/** The secret next-auth signs session cookies with (as lib/auth/options.ts gives it). */
export function authSecret(): string | undefined {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
}
