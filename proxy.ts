// Runs before newsroom routes: sends visitors without a session cookie to
// /login (a convenience only: every page and action checks the user itself)
// and passes the requested path on, so pages can send people back after login.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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

export const config = { matcher: ["/newsroom", "/newsroom/:path*"] };
