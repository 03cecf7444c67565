import type { NextConfig } from "next";
// Relative: Next.js loads this file before the `@/` paths are known.
import { READER_CSP_SOURCE, readerContentSecurityPolicy } from "./lib/http/csp";
import { securityHeaders } from "./lib/http/security-headers";

const production = process.env.NODE_ENV === "production";

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
    // One copy of Yjs per process: Sapo's own server (the collaboration
    // server) loads it from node_modules, and so does the newsroom's code here.
    "yjs",
    "@tiptap/y-tiptap",
    "ioredis",
    // The spelling dictionaries are read from their packages' folders at run
    // time (lib/spelling/dictionary-files.ts), never bundled: dictionary-vi is
    // GPL and optional.
    "dictionary-en",
    "dictionary-vi",
  ],
  poweredByHeader: false,
  // The types are checked by `npm run typecheck` (part of `npm test`), not
  // again by every build: on two cores that is a minute and a half each time
  // `npm start` rebuilds.
  typescript: { ignoreBuildErrors: true },
  // The reader site is not Next.js's: Sapo's own server renders, caches and
  // sends it (lib/reader/). Next.js serves the newsroom, sign-in, /api,
  // /media and its own files.
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(securityHeaders(production)).map(([key, value]) => ({ key, value })) },
      // The strict policy (lib/http/csp.ts) everywhere except the pages
      // whose nonce policy the proxy sends: two policies would both apply.
      { source: READER_CSP_SOURCE, headers: [{ key: "Content-Security-Policy", value: readerContentSecurityPolicy() }] },
    ];
  },
};

export default nextConfig;
