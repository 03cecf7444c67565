// Each engine's committed migrations must build exactly the schema in
// prisma/schema.prisma (PostgreSQL: its generated copy). The test database
// was made by applying those migrations; Prisma reads its tables back
// (db pull) and diffs them against the schema. A model change without a
// migration for this engine fails here, on the SQLite run and on the
// PostgreSQL run alike.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_PATHS } from "@/lib/db/adapter";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.db.$disconnect());

function prisma(args: string[]) {
  return spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], {
    env: { ...process.env, DATABASE_URL: t.url },
    encoding: "utf8",
  });
}

/**
 * The search index is made by hand-written SQL in the migrations (an FTS5
 * table and its shadow tables on SQLite, a tsvector table on PostgreSQL) and
 * is deliberately not part of the Prisma model.
 */
function withoutSearchIndex(schema: string): string {
  return schema
    .replace(/^model ArticleSearch\w* \{[\s\S]*?^\}\n?/gm, "")
    .split("\n")
    .filter((line) => !/\bArticleSearch\b/.test(line))
    .join("\n");
}

/** SQLite keeps enums as text, and db pull quotes their defaults: unquote them. */
function enumDefaultsUnquoted(schema: string): string {
  const enums = new Set([...schema.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]));
  return schema.replace(/^([ \t]+\w+[ \t]+(\w+)\??[ \t].*@default\()"(\w+)"\)/gm, (line, head: string, type: string, value: string) =>
    enums.has(type) ? `${head}${value})` : line,
  );
}

describe(`the committed migrations`, () => {
  it("build exactly the schema's tables, columns, indexes and keys", () => {
    const pulled = prisma(["db", "pull", "--print"]);
    expect(pulled.status, pulled.stderr).toBe(0);
    // The CLI prints a warning about the datasource URL before the schema.
    const fromDatabase = enumDefaultsUnquoted(withoutSearchIndex(pulled.stdout.slice(pulled.stdout.indexOf("generator client"))));
    const file = path.join(t.dir, "from-database.prisma");
    writeFileSync(file, fromDatabase);
    const diff = prisma([
      "migrate", "diff", "--from-schema-datamodel", file, "--to-schema-datamodel", SCHEMA_PATHS[t.engine].schema, "--script", "--exit-code",
    ]);
    // Exit code 2 means "not empty": the SQL printed is the missing migration.
    expect(diff.stdout.replace(/^.*prisma\.config\.ts.*$/m, "").trim(), diff.stderr).toMatch(/^(-- This is an empty migration\.)?$/);
    expect(diff.status).toBe(0);
  });
});
