import type { NextConfig } from "next";
// Relative: Next.js loads this file before the `@/` paths are known.
import { READER_CSP_SOURCE, readerContentSecurityPolicy } from "./lib/http/csp";

const production = process.env.NODE_ENV === "production";

// Sent with every response (the Content-Security-Policy below separately).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // Native modules stay outside the server bundle and load from node_modules;
  // so do the password-strength word lists (megabytes, server code only).
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@sapo/prisma-postgres",
    "@aws-sdk/client-s3",
    "@node-rs/argon2",
    "sharp",
    "@zxcvbn-ts/core",
    "@zxcvbn-ts/language-common",
    "@zxcvbn-ts/language-en",
  ],
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
    return [
      { source: "/:path*", headers: securityHeaders },
      // The reader site's policy (lib/http/csp.ts) everywhere except the
      // pages whose nonce policy the proxy sends: two policies would both apply.
      {
        source: READER_CSP_SOURCE,
        headers: [{ key: "Content-Security-Policy", value: readerContentSecurityPolicy({ dev: !production }) }],
      },
    ];
  },
};

export default nextConfig;
