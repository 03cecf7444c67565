// The state between the two steps of a two-factor sign-in: the password was
// right, the code is still to come. No session exists yet; the browser holds
// this short-lived token (an HttpOnly cookie, app/api/auth/[...nextauth]) that
// names the person, signed with the app's secret so it cannot be made or
// altered elsewhere. It carries the session version too, so a password reset
// or "sign out everywhere" in between voids it.
import { createHmac, timingSafeEqual } from "node:crypto";

export const PENDING_SIGN_IN_COOKIE = "sapo.pending-sign-in";
export const PENDING_SIGN_IN_SECONDS = 5 * 60;

export type PendingSignIn = { userId: string; sessionVersion: number };

type Payload = { u: string; v: number; e: number };

// A key of its own, derived from the app's secret: nothing else signed with
// that secret (next-auth's tokens) can pass for one of these.
function signature(secret: string, body: string): Buffer {
  const key = createHmac("sha256", secret).update("sapo:pending-sign-in").digest();
  return createHmac("sha256", key).update(body).digest();
}

export function issuePendingSignIn(pending: PendingSignIn, secret: string, now = new Date()): string {
  const payload: Payload = { u: pending.userId, v: pending.sessionVersion, e: now.getTime() + PENDING_SIGN_IN_SECONDS * 1000 };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${signature(secret, body).toString("base64url")}`;
}

/** Who the token names, or null if it is not one of ours, was altered or has expired. */
export function readPendingSignIn(token: string | null | undefined, secret: string, now = new Date()): PendingSignIn | null {
  const [body, sig, ...rest] = (token ?? "").split(".");
  if (!body || !sig || rest.length > 0) return null;
  const given = Buffer.from(sig, "base64url");
  const expected = signature(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Payload;
  } catch {
    return null;
  }
  if (typeof payload.u !== "string" || typeof payload.v !== "number" || typeof payload.e !== "number" || payload.e <= now.getTime()) return null;
  return { userId: payload.u, sessionVersion: payload.v };
}
