// Keeps the person signed in on the browser they changed their password
// from. The change moves their sessionVersion, which ends every session
// (lib/auth/session.ts compares it on each request), this one too; so the
// server action that made the change writes this browser's next-auth cookie
// again, the same token with the new version. Done on the server, in the
// response to a request that proved the current password: nothing the
// browser sends later can move a session's version, so a session that was
// ended stays ended.
import { decode, encode } from "next-auth/jwt";

/** next-auth's session cookie: with the __Secure- prefix when the site is served over https. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/** What is needed of Next.js's cookies(): reading the request's, writing the response's. */
export type CookieJar = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: { httpOnly: boolean; sameSite: "lax"; path: string; secure: boolean; maxAge: number }): void;
};

/** The move of one person's sessions from one version to the next. */
export type SessionMove = { userId: string; from: number; to: number };

/**
 * Re-issues the session cookie found in `jar` with the new version, if it is
 * a live session (the old version) of this person. Returns whether it did;
 * if not (no secret configured, or a cookie next-auth split into chunks,
 * which ours never needs), the person signs in again. The cookie's name and
 * attributes are next-auth's own for a JWT session.
 */
export async function reissueSessionCookie(
  jar: CookieJar,
  move: SessionMove,
  settings: { secret: string | undefined; maxAge: number },
): Promise<boolean> {
  const { secret, maxAge } = settings;
  const name = SESSION_COOKIES.find((n) => jar.get(n));
  if (!secret || !name) return false;
  const token = await decode({ token: jar.get(name)!.value, secret }).catch(() => null);
  if (!token || token.uid !== move.userId || (token.sv ?? 0) !== move.from) return false;
  const renewed = await encode({ token: { ...token, sv: move.to }, secret, maxAge });
  jar.set(name, renewed, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge });
  return true;
}
