// Prisma CLI configuration. The CLI runs on the JS (WASM) schema engine through
// the same driver adapter the app uses, so migrations work offline: Prisma's
// native engine binaries cannot be downloaded on our machines.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapterFactory, DEFAULT_DATABASE_URL, resolveDatabaseUrl } from "./lib/db/adapter";

// The schema's datasource reads env("DATABASE_URL"); without it the CLI cannot
// read the generator settings and falls back to downloading a native engine.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return createAdapterFactory(resolveDatabaseUrl(process.env.DATABASE_URL));
  },
});
