// Runs before matching requests, on the Node.js runtime:
// - /newsroom: visitors without a session cookie go to /login (a convenience
//   only: every page and action checks the user itself), and the requested
//   path is passed on so pages can send people back after signing in;
// - /newsroom, /login, /set-password: a nonce per request and the strict
//   Content-Security-Policy with it (lib/http/csp.ts), on the response and
//   on the request, where Next.js reads it to mark its own scripts.
// The reader site never gets here: Sapo's own server answers it (lib/reader/).
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, newsroomContentSecurityPolicy } from "@/lib/http/csp";
import { isNewsroomPath } from "@/lib/http/site-paths";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  if (isNewsroomPath(pathname)) {
    const path = pathname + search;
    if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", path);
      return NextResponse.redirect(login);
    }
    headers.set("x-sapo-path", path);
  }
  const policy = newsroomContentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Next.js reads the matcher from this file's text, so it must be literals:
// the staff pages of STRICT_CSP_PATHS (tests/unit/proxy-paths.test.ts checks).
export const config = {
  matcher: ["/newsroom", "/newsroom/:path*", "/login", "/set-password/:path*"],
};
