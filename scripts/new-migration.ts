// `npm run db:new-migration -- <name>`: writes the migrations for the changes
// made to prisma/schema.prisma since the last commit, one per engine (SQLite
// in prisma/migrations, PostgreSQL in prisma/postgres/migrations), as
// schema-to-schema diffs: `prisma migrate dev` needs a shadow database, this
// does not. Also regenerates prisma/postgres/schema.prisma.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SCHEMA_PATHS } from "@/lib/db/adapter";
import { postgresSchemaFrom } from "@/lib/db/schema-variants";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Usage: npm run db:new-migration -- <what_changed>");
  process.exit(1);
}
const work = mkdtempSync(path.join(tmpdir(), "sapo-"));
const committed = execFileSync("git", ["show", `HEAD:${SCHEMA_PATHS.sqlite.schema}`], { encoding: "utf8" });
const current = readFileSync(SCHEMA_PATHS.sqlite.schema, "utf8");
writeFileSync(SCHEMA_PATHS.postgresql.schema, postgresSchemaFrom(current));

// A schema-to-schema diff takes the dialect from the schemas; the CLI still
// opens the configured adapter, so give it SQLite's (a PostgreSQL URL would
// need a running server).
const CLI_URL = "file:./data/sapo.db";
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

for (const engine of ["sqlite", "postgresql"] as const) {
  const previous = path.join(work, `${engine}.prisma`);
  writeFileSync(previous, engine === "sqlite" ? committed : postgresSchemaFrom(committed));
  const diff = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", SCHEMA_PATHS[engine].schema, "--script"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: CLI_URL } },
  );
  if (diff.status !== 0) {
    console.error(diff.stderr || diff.stdout);
    process.exit(1);
  }
  if (!/^\s*[A-Z]/m.test(diff.stdout.replace(/^--.*$/gm, ""))) {
    console.log(`${SCHEMA_PATHS.sqlite.schema} has no changes since the last commit: no ${engine} migration written.`);
    continue;
  }
  const dir = path.join(SCHEMA_PATHS[engine].migrations, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
  console.log(`Wrote ${dir}/migration.sql`);
}
console.log("Review both, then `npm start` or `npm run db:migrate` applies them; the schema-drift test checks them on both engines.");
