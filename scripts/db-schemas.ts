// Writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one
// source of truth for the data model. The two differ only in the datasource
// provider and where the generated client goes; a test
// (tests/unit/schema-sync.test.ts) fails if the committed copy is stale.
//   npm run db:schemas            write it
//   npm run db:schemas -- --check exit 1 if it is out of date
import { readFileSync, writeFileSync } from "node:fs";
import { postgresSchemaFrom } from "@/lib/db/schema-variants";
import { SCHEMA_PATHS } from "@/lib/db/adapter";

const wanted = postgresSchemaFrom(readFileSync(SCHEMA_PATHS.sqlite.schema, "utf8"));
let current = "";
try {
  current = readFileSync(SCHEMA_PATHS.postgresql.schema, "utf8");
} catch {
  // not written yet
}
if (process.argv.includes("--check")) {
  if (current !== wanted) {
    console.error(`${SCHEMA_PATHS.postgresql.schema} is out of date: run npm run db:schemas`);
    process.exit(1);
  }
  console.log(`${SCHEMA_PATHS.postgresql.schema} is up to date`);
} else if (current !== wanted) {
  writeFileSync(SCHEMA_PATHS.postgresql.schema, wanted);
  console.log(`Wrote ${SCHEMA_PATHS.postgresql.schema}`);
}
