// Runs before matching requests, on the Node.js runtime:
// - /newsroom: visitors without a session cookie go to /login (a convenience
//   only: every page and action checks the user itself), and the requested
//   path is passed on so pages can send people back after signing in;
// - /<section>/<slug>: an old address of a renamed article answers
//   301 Moved Permanently (a page can only answer 308).
import { NextResponse, type NextRequest } from "next/server";
import { redirectTarget } from "@/lib/articles/redirects";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/newsroom" || pathname.startsWith("/newsroom/")) {
    const path = pathname + search;
    if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", path);
      return NextResponse.redirect(login);
    }
    const headers = new Headers(request.headers);
    headers.set("x-sapo-path", path);
    return NextResponse.next({ request: { headers } });
  }
  const [, section, slug] = pathname.split("/");
  const target = section && slug ? await redirectTarget(section, slug) : null;
  if (target) return NextResponse.redirect(new URL(target + search, request.url), 301);
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/newsroom",
    "/newsroom/:path*",
    // Two-segment paths that can be articles (not the site's own prefixes).
    "/((?!newsroom|api|media|_next|tag|author|search|login|set-password)[^/.]+)/([^/.]+)",
  ],
};
