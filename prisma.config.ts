// Prisma CLI configuration. The CLI runs on the JS (WASM) schema engine through
// the same driver adapter the app uses, so migrations work offline: Prisma's
// native engine binaries cannot be downloaded on our machines. DATABASE_URL
// picks the engine, and with it the schema and migrations folder.
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL, resolveDatabaseUrl, SCHEMA_PATHS } from "./lib/db/adapter";
import { createMigrationAdapterFactory } from "./lib/db/migration-adapter";

// The schema's datasource reads env("DATABASE_URL"); without it the CLI cannot
// read the generator settings and falls back to downloading a native engine.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
const target = resolveDatabaseUrl(process.env.DATABASE_URL);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: SCHEMA_PATHS[target.engine].schema,
  migrations: { path: SCHEMA_PATHS[target.engine].migrations },
  async adapter() {
    return createMigrationAdapterFactory(target);
  },
});
