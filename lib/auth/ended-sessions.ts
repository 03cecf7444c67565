// Sessions ended by signing out. A session is a signed cookie (next-auth's
// JWT), which signing out deletes from that browser; requests stop there.
// But a connection that stays open (the live stream, the co-editing socket)
// was let in by the cookie once and would go on. So signing out records the
// token's id (jti) until the token would have expired anyway, and live
// connections look for theirs here every few seconds, with the user's state
// (disabled, role changed: lib/auth/session-user.ts).
import type { JWT } from "next-auth/jwt";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";
import { loadSessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db/client";


/** What a live connection keeps of the session that opened it. */
export type LiveSession = { userId: string; sessionVersion: number; jti: string; expiresAt: Date };

export async function recordEndedSession(db: Tx, ended: { jti: string; userId: string; expiresAt: Date }): Promise<void> {
  // Signing out twice with one token (two tabs) records it once.
  await db.endedSession.upsert({ where: { jti: ended.jti }, create: ended, update: {} });
  await purgeEndedSessions(db);
}

export async function isSessionEnded(db: Tx, jti: string): Promise<boolean> {
  return (await db.endedSession.count({ where: { jti } })) > 0;
}

/** Forgets sessions whose token has expired: no cookie can bring them back. */
export async function purgeEndedSessions(db: Tx, now = new Date()): Promise<number> {
  return (await db.endedSession.deleteMany({ where: { expiresAt: { lt: now } } })).count;
}

/** The session a decoded token stands for, or null if it lacks a part (a token made before token ids, or not ours). */
export function liveSessionOf(token: JWT | null): LiveSession | null {
  if (!token || typeof token.uid !== "string" || typeof token.jti !== "string" || typeof token.exp !== "number") return null;
  return { userId: token.uid, sessionVersion: token.sv ?? 0, jti: token.jti, expiresAt: new Date(token.exp * 1000) };
}

/** next-auth's signOut event: the token being signed out is recorded as ended. */
export async function recordSignOut(db: Tx, token: JWT | null): Promise<void> {
  const session = liveSessionOf(token);
  if (!session) return;
  // A user deleted meanwhile has no sessions left to end.
  if ((await db.user.count({ where: { id: session.userId } })) === 0) return;
  await recordEndedSession(db, { jti: session.jti, userId: session.userId, expiresAt: session.expiresAt });
}

/** The session in a request's Cookie header, decoded with the app's secret; null without a valid one. */
export async function readLiveSession(cookieHeader: string | null, secret: string | undefined): Promise<LiveSession | null> {
  if (!cookieHeader || !secret) return null;
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  const name = SESSION_COOKIES.find((n) => cookies.has(n));
  if (!name) return null;
  const token = await decode({ token: cookies.get(name)!, secret }).catch(() => null);
  return liveSessionOf(token);
}

/**
 * Whether a live connection opened with `session` may go on: the user is
 * active, with the same session version (not disabled, role unchanged, no
 * password reset), still allowed into the newsroom, and this session was not
 * signed out. Also false once the token has expired.
 */
export async function isSessionLive(db: Tx, session: LiveSession, now = new Date()): Promise<boolean> {
  if (session.expiresAt <= now) return false;
  const user = await loadSessionUser(db, session.userId, session.sessionVersion);
  if (!user || user.mustSetUpTwoFactor) return false;
  return !(await isSessionEnded(db, session.jti));
}
