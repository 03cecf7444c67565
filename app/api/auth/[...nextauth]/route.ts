// next-auth's endpoints (sign-in, sign-out, session, CSRF token), behind
// checks of our own for POSTs: the request must come from our own pages
// (Origin), and a sign-in is decided here (lib/auth/sign-in.ts: throttling,
// the password, the two-factor code) before next-auth turns a success into
// the session cookie. A throttled sign-in is answered 429 with Retry-After.
// Between the password and the code, the browser holds the pending sign-in
// in an HttpOnly cookie scoped to these endpoints.
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { authOptions } from "@/lib/auth/options";
import { PENDING_SIGN_IN_COOKIE, PENDING_SIGN_IN_SECONDS } from "@/lib/auth/pending-sign-in";
import { signInStep, withDecidedSignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { isSameOrigin } from "@/lib/http/origin";
import { messageFor } from "@/lib/i18n/catalogue";
import { siteLocale } from "@/lib/site/settings";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

const COOKIE_PATH = "/api/auth";

export async function POST(request: Request, context: Context) {
  // In the site's language, like the sign-in page: nobody is signed in to have their own.
  if (!isSameOrigin(request)) return Response.json({ error: messageFor(await siteLocale(), "editor.errors.crossSite") }, { status: 403 });
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(request, context);

  // scripts/start.ts always provides one; without it the pending token could be forged.
  const secret = authOptions.secret;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  const form = await request.clone().formData().catch(() => null);
  const jar = await cookies();
  const outcome = await signInStep(
    db,
    { email: form?.get("email"), password: form?.get("password"), code: form?.get("code"), pending: jar.get(PENDING_SIGN_IN_COOKIE)?.value },
    clientIp(request.headers),
    secret,
  );
  if (outcome.outcome === "throttled") {
    // next-auth's client reads `url` for the error; the same answer whether or not the account exists.
    return Response.json(
      { url: new URL("/login?error=throttled", request.url).toString(), error: messageFor(await siteLocale(), "auth.throttled") },
      { status: 429, headers: { "Retry-After": String(outcome.retryAfter) } },
    );
  }
  if (outcome.outcome === "second-factor") {
    // Secure like next-auth's own cookies: when the site is served over https.
    const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
    jar.set(PENDING_SIGN_IN_COOKIE, outcome.pending, { httpOnly: true, sameSite: "strict", path: COOKIE_PATH, maxAge: PENDING_SIGN_IN_SECONDS, secure });
  } else if (outcome.outcome !== "failed" && jar.has(PENDING_SIGN_IN_COOKIE)) {
    // Signed in, or to start again: the pending sign-in is spent. (A wrong code keeps it for another try.)
    jar.delete({ name: PENDING_SIGN_IN_COOKIE, path: COOKIE_PATH });
  }
  return withDecidedSignIn(outcome, () => handler(request, context));
}

export { handler as GET };
