// next-auth's endpoints (sign-in, sign-out, session, CSRF token), behind two
// checks of our own for POSTs: the request must come from our own pages
// (Origin), and a throttled sign-in is answered 429 with Retry-After before
// the password is even looked at.
import NextAuth from "next-auth";
import { normalizeEmail } from "@/lib/auth/credentials";
import { authOptions } from "@/lib/auth/options";
import { FAILED_SIGN_IN, signInRetryAfter } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { isSameOrigin } from "@/lib/http/origin";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export async function POST(request: Request, context: Context) {
  if (!isSameOrigin(request)) return Response.json({ error: "Cross-site request refused." }, { status: 403 });
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request.clone().formData().catch(() => null);
    const email = normalizeEmail(String(form?.get("email") ?? ""));
    const ip = clientIp(request.headers);
    const wait = await signInRetryAfter(db, email, ip);
    if (wait > 0) {
      await recordAudit(db, { action: FAILED_SIGN_IN, targetType: "account", targetId: email, detail: { email, reason: "throttled" }, ip });
      // next-auth's client reads `url` for the error; the same answer whether or not the account exists.
      return Response.json(
        { url: new URL("/login?error=throttled", request.url).toString(), error: "Too many sign-in attempts. Wait a few minutes and try again." },
        { status: 429, headers: { "Retry-After": String(wait) } },
      );
    }
  }
  return handler(request, context);
}

export { handler as GET };
