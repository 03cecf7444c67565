// Builds a Prisma client for a database target, and checks that SQLite runs
// with the settings we rely on. Kept free of `server-only` so scripts
// (start-up, seed, tests) can use it; the app imports lib/db/index.ts instead.
//
// Each engine has its own generated client (the query compiler is
// engine-specific): @prisma/client for SQLite, @sapo/prisma-postgres for
// PostgreSQL, both generated from the same model (prisma/schema.prisma). The
// app is typed against the SQLite one; the PostgreSQL client has the same API.
import { PrismaClient } from "@prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@sapo/prisma-postgres";
import { createAdapterFactory, SQLITE_BUSY_TIMEOUT_MS, type DatabaseTarget, type Engine, type PoolLimits } from "@/lib/db/adapter";

// Password hashes never leave the data layer by accident: queries that need
// one ask for it with `omit: { passwordHash: false }`.
const OMIT = { user: { passwordHash: true } } as const;

function sqliteClient(target: DatabaseTarget) {
  return new PrismaClient({ adapter: createAdapterFactory(target), omit: OMIT });
}

export type Db = ReturnType<typeof sqliteClient>;

export function createPrismaClient(target: DatabaseTarget): Db {
  return createLimitedPrismaClient(target, {});
}

/** A client whose PostgreSQL pool has time limits (read replicas have some: lib/db/replicas.ts). */
export function createLimitedPrismaClient(target: DatabaseTarget, limits: PoolLimits): Db {
  if (target.engine === "postgresql") {
    // Same model, same generated API: only the SQL dialect differs.
    return new PostgresPrismaClient({ adapter: createAdapterFactory(target, limits), omit: OMIT }) as unknown as Db;
  }
  return sqliteClient(target);
}

/**
 * What code that may run inside a transaction receives: the client itself or
 * the transaction's client (the same API without connection management).
 */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * The engine behind a client or a transaction client, for the few places that
 * speak SQL of their own (search) or need engine-specific query options.
 */
export function engineOf(db: Pick<Tx, "$queryRaw">): Engine {
  // Prisma keeps the schema's provider on every client and transaction client.
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`Unknown database provider: ${String(provider)}`);
}

/**
 * Checks, at start-up, that the database gives what Sapo relies on, and says
 * so in one line; throws with what to fix otherwise.
 * - SQLite: WAL mode and the busy timeout (ensureSqliteSettings).
 * - PostgreSQL: version 13 or later, and the unaccent extension that search
 *   needs (its migration creates it: a database user without the right to
 *   create extensions needs an administrator to run CREATE EXTENSION unaccent).
 */
export async function checkDatabase(db: Db): Promise<string> {
  if (engineOf(db) === "sqlite") {
    const s = await ensureSqliteSettings(db);
    return `SQLite journal_mode=${s.journalMode}, busy_timeout=${s.busyTimeoutMs} ms`;
  }
  const [server] = await db.$queryRaw<{ version: string; num: string }[]>`
    SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num`;
  if (Number(server.num) < 130000) throw new Error(`PostgreSQL ${server.version} is too old: Sapo needs PostgreSQL 13 or later`);
  const [ext] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_extension WHERE extname = 'unaccent'`;
  if (Number(ext.n) !== 1) throw new Error("PostgreSQL extension unaccent is missing: run CREATE EXTENSION unaccent as a superuser");
  return `PostgreSQL ${server.version}, unaccent installed`;
}

/**
 * Puts SQLite in WAL mode (readers never wait for the writer) and verifies
 * that WAL and the busy timeout actually took effect; throws if not, so a
 * misconfigured database stops start-up instead of failing under load.
 */
export async function ensureSqliteSettings(db: Db): Promise<{ journalMode: string; busyTimeoutMs: number }> {
  const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode = WAL");
  const [timeout] = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
  const journalMode = String(mode?.journal_mode ?? "").toLowerCase();
  const busyTimeoutMs = Number(timeout?.timeout ?? 0);
  if (journalMode !== "wal") {
    throw new Error(`SQLite refused WAL mode (journal_mode is "${journalMode}"); is the database on a network drive?`);
  }
  if (busyTimeoutMs < SQLITE_BUSY_TIMEOUT_MS) {
    throw new Error(`SQLite busy timeout is ${busyTimeoutMs} ms, expected ${SQLITE_BUSY_TIMEOUT_MS} ms`);
  }
  return { journalMode, busyTimeoutMs };
}
