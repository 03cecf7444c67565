// How the PostgreSQL schema is derived from the SQLite one (the source of
// truth). Pure text rewriting, so the rule is testable and lives in one place.

/** Where `prisma generate` puts the PostgreSQL client (relative to its schema). */
export const POSTGRES_CLIENT_OUTPUT = "../../node_modules/@sapo/prisma-postgres";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:schemas\`: do not edit.
// The same data model for PostgreSQL; only the provider and the client's
// output folder differ.
`;

export function postgresSchemaFrom(sqliteSchema: string): string {
  const provider = /(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/;
  const generator = /(generator client \{[^}]*?engineType\s*=\s*"client"\n)/;
  if (!provider.test(sqliteSchema)) throw new Error('prisma/schema.prisma: expected provider = "sqlite" in datasource db');
  if (!generator.test(sqliteSchema)) throw new Error('prisma/schema.prisma: expected engineType = "client" in generator client');
  return (
    HEADER +
    sqliteSchema
      .replace(provider, '$1"postgresql"')
      .replace(generator, `$1  output     = "${POSTGRES_CLIENT_OUTPUT}"\n`)
  );
}
