import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native modules stay outside the server bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
};

export default nextConfig;
