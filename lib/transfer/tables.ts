// Generic access to any model's rows through the Prisma model API (no SQL),
// so the same code reads and writes SQLite and PostgreSQL. The model is
// chosen by name at run time, hence the one narrow untyped view of a client.
import type { Tx } from "@/lib/db/client";
import { encodeRow, TableDigest, type TableSpec } from "@/lib/transfer/format";

type Row = Record<string, unknown>;

/** The part of a Prisma model delegate the transfer uses. */
export type ModelDelegate = {
  findMany(args: { select: Record<string, true>; where?: object; orderBy: object[]; take: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  count(): Promise<number>;
  deleteMany(): Promise<{ count: number }>;
};

export function delegate(db: Tx, model: string): ModelDelegate {
  const name = model[0].toLowerCase() + model.slice(1);
  const d = (db as unknown as Record<string, ModelDelegate | undefined>)[name];
  if (!d || typeof d.findMany !== "function") throw new Error(`The Prisma client has no model ${model}`);
  return d;
}

// Keyset pagination: rows after the last one seen, in the database's own
// order of the primary key. The database's collation only decides how the
// pages are cut; checksums sort again in JavaScript (TableDigest).
function after(spec: TableSpec, last: Row): object {
  return {
    OR: spec.primaryKey.map((name, i) => ({
      ...Object.fromEntries(spec.primaryKey.slice(0, i).map((k) => [k, last[k]])),
      [name]: { gt: last[name] },
    })),
  };
}

/**
 * Every row of a table, all columns, a page at a time. The explicit select
 * also brings back columns the client omits by default (User.passwordHash).
 */
export async function* readRows(db: Tx, spec: TableSpec, pageSize = 1000): AsyncGenerator<Row[]> {
  const d = delegate(db, spec.model);
  const select = Object.fromEntries(spec.fields.map((f) => [f.name, true as const]));
  const orderBy = spec.primaryKey.map((k) => ({ [k]: "asc" }));
  let last: Row | undefined;
  for (;;) {
    const page = await d.findMany({ select, where: last ? after(spec, last) : undefined, orderBy, take: pageSize });
    if (page.length) yield page;
    if (page.length < pageSize) return;
    last = page[page.length - 1];
  }
}

/** Count and checksum of a table as the database holds it now. */
export async function digestTable(db: Tx, spec: TableSpec): Promise<{ rows: number; sha256: string }> {
  const digest = new TableDigest(spec);
  for await (const page of readRows(db, spec)) {
    for (const row of page) digest.add(row, encodeRow(spec, row));
  }
  return digest.finish();
}
