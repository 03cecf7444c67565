// Headers sent with every response: by next.config.ts for what Next.js
// serves, by the reader site (lib/reader/) for its documents. The
// Content-Security-Policy is separate (lib/http/csp.ts).
// Imported by next.config.ts too: no `@/` imports here.

export function securityHeaders(production: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
