// The PostgreSQL schema is generated from prisma/schema.prisma; a forgotten
// `npm run db:schemas` after a model change fails here. (That each engine's
// committed migrations produce its schema is checked against real databases
// in tests/integration/schema-drift.test.ts.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_PATHS } from "@/lib/db/adapter";
import { postgresSchemaFrom } from "@/lib/db/schema-variants";

describe("the PostgreSQL schema", () => {
  it("is exactly what db:schemas makes from the SQLite schema", () => {
    const source = readFileSync(SCHEMA_PATHS.sqlite.schema, "utf8");
    expect(readFileSync(SCHEMA_PATHS.postgresql.schema, "utf8")).toBe(postgresSchemaFrom(source));
  });

  it("differs only in provider and client output", () => {
    const derived = postgresSchemaFrom('generator client {\n  provider   = "prisma-client-js"\n  engineType = "client"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n\nmodel A {\n  id String @id\n}\n');
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output     = "../../node_modules/@sapo/prisma-postgres"');
    expect(derived).toContain("model A {\n  id String @id\n}");
    expect(() => postgresSchemaFrom("datasource db {\n  provider = \"mysql\"\n}")).toThrow(/provider = "sqlite"/);
  });
});
