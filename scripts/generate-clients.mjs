// `npm run db:generate` (also run after every `npm install`/`npm ci`):
// generates both Prisma clients, each from its own schema:
//   prisma/schema.prisma          → node_modules/.prisma/client (@prisma/client: SQLite, the one the code is typed against)
//   prisma/postgres/schema.prisma → node_modules/@sapo/prisma-postgres
// whatever DATABASE_URL says. prisma.config.ts picks the schema from
// DATABASE_URL, so a plain `prisma generate` on a PostgreSQL installation
// generated the PostgreSQL client twice and never the SQLite one, and the
// type check of the first `npm start` failed. Here each command names its
// schema and gets a DATABASE_URL of that schema's engine (the CLI needs one
// to read the schema; nothing connects to it).
//   node scripts/generate-clients.mjs [--dry-run]   (--dry-run prints the commands as JSON)
// Also imported by scripts/ensure-generated.mjs.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CLIENTS = [
  { schema: "prisma/schema.prisma", provider: "sqlite", databaseUrl: "file:./data/sapo.db", output: "node_modules/.prisma/client" },
  { schema: "prisma/postgres/schema.prisma", provider: "postgresql", databaseUrl: "postgresql://localhost/sapo", output: "node_modules/@sapo/prisma-postgres" },
];

/** The datasource provider a schema file names ("sqlite", "postgresql"), or null. */
export function schemaProvider(file) {
  if (!existsSync(file)) return null;
  const match = /datasource\s+\w+\s*\{[^}]*?\bprovider\s*=\s*"([^"]+)"/s.exec(readFileSync(file, "utf8"));
  return match ? match[1] : null;
}

/** The generate commands, as [executable, args, env] for spawnSync, run from `root`. */
export function generateCommands(env = process.env, root = process.cwd()) {
  const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
  return CLIENTS.map((c) => ({
    command: process.execPath,
    args: [cli, "generate", "--schema", c.schema],
    env: { ...env, DATABASE_URL: c.databaseUrl },
  }));
}

/**
 * Clients that are missing or were generated from the wrong schema (each
 * generated client keeps a copy of its schema.prisma). @prisma/client's own
 * install step leaves a placeholder without one.
 */
export function staleClients(root = process.cwd()) {
  return CLIENTS.filter((c) => !existsSync(path.join(root, c.output, "index.js")) || schemaProvider(path.join(root, c.output, "schema.prisma")) !== c.provider).map(
    (c) => c.output,
  );
}

function main() {
  const commands = generateCommands();
  if (process.argv.includes("--dry-run")) {
    console.log(JSON.stringify(commands.map((c) => ({ args: c.args, DATABASE_URL: c.env.DATABASE_URL }))));
    return;
  }
  for (const c of commands) {
    const result = spawnSync(c.command, c.args, { env: c.env, stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
