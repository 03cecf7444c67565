// The driver adapter the Prisma CLI (migrate deploy, migrate diff) runs on.
// Same as the app's, with one repair for PostgreSQL: Prisma 6.19's schema
// engine reads catalog columns of PostgreSQL's `name` type, which
// @prisma/adapter-pg does not map, so every migrate command fails with
// "Column type 'name' could not be deserialized" (prisma/prisma#27403, open).
// Those values arrive as plain strings, so reporting the columns as text is
// exactly right. The app's queries never read such columns and use the
// unpatched adapter.
import { createAdapterFactory, type DatabaseTarget } from "./adapter"; // relative: the Prisma CLI loads this file and knows no `@/` paths

const TEXT_OID = 25;
const CATALOG_STRING_OIDS = new Set([18 /* "char" */, 19 /* name */]);

type Field = { dataTypeID: number };
type Queryable = { performIO(query: unknown): Promise<{ fields?: Field[] } | undefined> };
const patched = new WeakSet<object>();

function reportCatalogStringsAsText(adapter: object) {
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error("@prisma/adapter-pg changed: no performIO to repair; check prisma/prisma#27403");
  if (patched.has(proto)) return;
  const target = proto as Queryable;
  const original = target.performIO;
  target.performIO = async function (this: Queryable, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result?.fields ?? []) {
      if (CATALOG_STRING_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
  patched.add(proto);
}

export function createMigrationAdapterFactory(target: DatabaseTarget) {
  // Idle connections close at once: Prisma's migrate holds its advisory lock
  // on a pooled connection, and pg keeps idle ones 10 s by default, which kept
  // other instances' start-up waiting (and timing out) for nothing.
  const factory = createAdapterFactory(target, { idleTimeoutMs: 50 });
  if (target.engine !== "postgresql") return factory;
  const pg = factory as ReturnType<typeof createAdapterFactory> & { connect(): Promise<object> };
  const connect = pg.connect.bind(pg);
  pg.connect = async () => {
    const adapter = await connect();
    reportCatalogStringsAsText(adapter);
    return adapter;
  };
  return factory;
}
