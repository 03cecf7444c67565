// Builds a Prisma client for a database target, and checks that SQLite runs
// with the settings we rely on. Kept free of `server-only` so scripts
// (start-up, seed, tests) can use it; the app imports lib/db.ts instead.
import { PrismaClient } from "@prisma/client";
import { createAdapterFactory, SQLITE_BUSY_TIMEOUT_MS, type DatabaseTarget } from "./adapter";

export function createPrismaClient(target: DatabaseTarget) {
  return new PrismaClient({
    adapter: createAdapterFactory(target),
    // Password hashes never leave the data layer by accident: queries that
    // need one ask for it with `omit: { passwordHash: false }`.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

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

/**
 * What code that may run inside a transaction receives: the client itself or
 * the transaction's client (the same API without connection management).
 */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
