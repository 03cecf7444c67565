import type { NextConfig } from "next";

const production = process.env.NODE_ENV === "production";

// Sent with every response. Scripts only from our own origin; the inline
// scripts Next.js writes for hydration need 'unsafe-inline' (no 'unsafe-eval').
// Nothing may frame us, no plugins, no <base> tricks; images and media from
// our own origin (figures can also use https images).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`, // dev mode's hot reload needs eval
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // Native modules stay outside the server bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@sapo/prisma-postgres", "@aws-sdk/client-s3", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  // Reader pages regenerate at most every `revalidate` seconds (60, in the
  // page files) and at once on publish (lib/cache/sync.ts). Next.js sends
  // them with "Cache-Control: s-maxage=60, stale-while-revalidate=3540": a
  // CDN may keep a page 60 s, then serve it stale for up to an hour while it
  // fetches a fresh one (or until CDN_PURGE_URL purges it).
  expireTime: 3600,
  experimental: {
    // Regenerated pages stay in memory only: a restart (after a restore, or on
    // another database) never serves pages cached from an older state. Pages
    // prerendered at build time are refreshed by the 60-second revalidation.
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
