// The steps of a sign-in, as app/api/auth/[...nextauth] runs them before
// next-auth makes the session:
//  1. email + password (lib/auth/credentials.ts). Without two-factor sign-in
//     that is all; with it, no session yet: a signed pending token
//     (lib/auth/pending-sign-in.ts) for the browser to bring back with
//  2. a code from the authenticator app, or a recovery code
//     (lib/auth/two-factor.ts), throttled like the password with the same
//     counters (lib/auth/throttle.ts).
// The route hands the outcome to next-auth's authorize() through
// `decidedSignIn` (one request's async context), so the checks run once,
// here, and next-auth only turns a success into the session cookie.
import { AsyncLocalStorage } from "node:async_hooks";
import { recordAudit } from "@/lib/audit/record";
import { checkCredentials, type SignedInUser } from "@/lib/auth/credentials";
import { issuePendingSignIn, readPendingSignIn } from "@/lib/auth/pending-sign-in";
import { FAILED_SIGN_IN, releaseSignInAttempt, reserveSignInAttempt } from "@/lib/auth/throttle";
import { checkSecondFactor } from "@/lib/auth/two-factor";
import type { Db } from "@/lib/db/client";

export type SignInInput = {
  email?: unknown;
  password?: unknown;
  /** The second step's code; its presence makes this the second step. */
  code?: unknown;
  /** The pending token from the first step (a cookie). */
  pending?: string | null;
};

export type SignInOutcome =
  | { outcome: "signed-in"; user: SignedInUser }
  /** The password was right; the code is to come, with this token. */
  | { outcome: "second-factor"; pending: string }
  | { outcome: "failed" }
  /** A code without a (valid, current) first step: start again from the password. */
  | { outcome: "expired" }
  | { outcome: "throttled"; retryAfter: number };

/** One step of a sign-in: the password step, or the code step when `code` is given. */
export async function signInStep(db: Db, input: SignInInput, ip: string | null, secret: string, now = new Date()): Promise<SignInOutcome> {
  if (typeof input.code === "string" && input.code.trim() !== "") return codeStep(db, input.code, input.pending, ip, secret, now);
  const check = await checkCredentials(db, input.email, input.password, ip);
  if (check.outcome !== "ok") return check;
  if (!check.user.twoFactor) return { outcome: "signed-in", user: check.user };
  return { outcome: "second-factor", pending: issuePendingSignIn({ userId: check.user.id, sessionVersion: check.user.sessionVersion }, secret, now) };
}

async function codeStep(db: Db, code: string, token: string | null | undefined, ip: string | null, secret: string, now: Date): Promise<SignInOutcome> {
  const pending = readPendingSignIn(token, secret, now);
  const user = pending
    ? await db.user.findUnique({
        where: { id: pending.userId },
        select: { id: true, email: true, displayName: true, role: true, sessionVersion: true, disabledAt: true },
      })
    : null;
  // Disabled, reset or signed out everywhere since the password step: that step no longer counts.
  if (!pending || !user || user.disabledAt || user.sessionVersion !== pending.sessionVersion) return { outcome: "expired" };
  const fail = (reason: string) =>
    recordAudit(db, { action: FAILED_SIGN_IN, actorId: user.id, targetType: "account", targetId: user.email, detail: { email: user.email, reason }, ip });
  const attempt = await reserveSignInAttempt(db, user.email, ip, now);
  if (!attempt.ok) {
    await fail("throttled");
    return { outcome: "throttled", retryAfter: attempt.retryAfter };
  }
  const factor = await checkSecondFactor(db, user.id, code.slice(0, 64), now);
  if (!factor) {
    await fail("wrong_code");
    return { outcome: "failed" };
  }
  await releaseSignInAttempt(db, attempt.id);
  await recordAudit(db, { action: "auth.sign_in", actorId: user.id, detail: { secondFactor: factor }, ip });
  return {
    outcome: "signed-in",
    user: { id: user.id, email: user.email, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion, twoFactor: true },
  };
}

const decided = new AsyncLocalStorage<SignInOutcome>();

/** Runs next-auth's handler knowing this request's outcome (read by authorize() in lib/auth/options.ts). */
export function withDecidedSignIn<T>(outcome: SignInOutcome, run: () => Promise<T>): Promise<T> {
  return decided.run(outcome, run);
}

/** This request's outcome, or undefined when the route did not decide one (then nobody signs in). */
export function decidedSignIn(): SignInOutcome | undefined {
  return decided.getStore();
}
