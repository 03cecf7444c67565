// The Content-Security-Policy headers, built in one place.
// - Reader pages are documents without scripts (lib/reader/): their policy
//   allows scripts from our own origin only, should an island ever need one,
//   and no inline style. Sent with the reader site's documents, and by
//   next.config.ts with what else Next.js serves outside the staff pages.
// - The newsroom, sign-in and password pages are rendered per request: the
//   proxy (proxy.ts) makes a nonce for each, and only scripts carrying it
//   run ('strict-dynamic' lets those load the app's chunks). Next.js reads
//   the nonce from the policy in the request headers and puts it on its own
//   scripts. An injected <script> in an article body or a name has no nonce.
// Both: nothing may frame us, no plugins, no <base> tricks; images from our
// own origin or https (figures), styles inline (the editor sets them).
// Reader pages may frame exactly the embed providers' player origins
// (lib/embeds/frame-origins.ts), which the embeds island loads on a click;
// the newsroom frames nothing (its editor shows embeds as facades).
// Imported by next.config.ts too: no `@/` imports here.
import { FRAME_ORIGINS } from "../embeds/frame-origins";

type Options = { dev: boolean };

/** First segments of the pages rendered per request for staff, which get the nonce policy. */
export const STRICT_CSP_PATHS = ["newsroom", "login", "set-password"] as const;

/** A next.config.ts `source` for every path but those (whole first segments). */
export const READER_CSP_SOURCE = `/((?!(?:${STRICT_CSP_PATHS.join("|")})(?:/|$)).*)`;

function policy(scriptSources: string[], styleSources = ["'self'", "'unsafe-inline'"], frameSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    `style-src ${styleSources.join(" ")}`,
    "img-src 'self' https: blob:",
    // Videos: from our /media route, or a bucket or CDN (MEDIA_PUBLIC_URL) over https.
    "media-src 'self' https: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    ...(frameSources.length ? [`frame-src ${frameSources.join(" ")}`] : []),
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

// React's development build uses eval for its debugging aids (hot reload,
// server error stacks); production never does.
const devEval = ({ dev }: Options) => (dev ? ["'unsafe-eval'"] : []);

export function readerContentSecurityPolicy(): string {
  return policy(["'self'"], ["'self'"], FRAME_ORIGINS);
}

export function newsroomContentSecurityPolicy(nonce: string, options: Options): string {
  // 'self' only counts for browsers too old for 'strict-dynamic'.
  return policy(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...devEval(options)]);
}

/** 128 random bits, base64: unguessable, and new for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
