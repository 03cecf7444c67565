// Which database engine a DATABASE_URL selects, and the Prisma driver adapter
// for it. Shared by the app (lib/db.ts), the CLI (prisma.config.ts) and the
// start-up script, so the rule lives in one place.
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

export const DEFAULT_DATABASE_URL = "file:./data/sapo.db";

/** How long a writer waits for SQLite's lock before failing, in ms. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type DatabaseTarget = { engine: "sqlite"; url: string; file: string };

export class DatabaseUrlError extends Error {}

/**
 * Parses DATABASE_URL. SQLite paths are relative to the project root (the
 * working directory), unlike Prisma's classic engine which resolved them
 * against the schema file.
 */
export function resolveDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0];
    if (file === "" || file === ":memory:") {
      throw new DatabaseUrlError(
        `DATABASE_URL "${url}" names no database file; use e.g. ${DEFAULT_DATABASE_URL}`,
      );
    }
    return { engine: "sqlite", url, file: path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new DatabaseUrlError(
      "DATABASE_URL points at PostgreSQL, which this version of Sapo does not support yet; use a file: URL such as " +
        DEFAULT_DATABASE_URL,
    );
  }
  throw new DatabaseUrlError(
    `DATABASE_URL "${url}" is not understood; use a file: URL such as ${DEFAULT_DATABASE_URL}`,
  );
}

export function createAdapterFactory(target: DatabaseTarget) {
  // better-sqlite3's `timeout` is SQLite's busy timeout for this connection.
  return new PrismaBetterSQLite3({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
}
