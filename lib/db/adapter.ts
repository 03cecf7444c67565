// Which database engine a DATABASE_URL selects, and the Prisma driver adapter
// for it. Shared by the app (lib/db/index.ts), the CLI (prisma.config.ts) and the
// start-up script, so the rule lives in one place:
//   file:…                     → SQLite, the embedded default (one machine)
//   postgres:// postgresql://  → PostgreSQL (production, several app instances)
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

export const DEFAULT_DATABASE_URL = "file:./data/sapo.db";

/** How long a writer waits for SQLite's lock before failing, in ms. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type Engine = "sqlite" | "postgresql";

export type DatabaseTarget =
  | { engine: "sqlite"; url: string; file: string }
  | { engine: "postgresql"; url: string };

export class DatabaseUrlError extends Error {}

/** Where each engine's Prisma schema and committed migrations live. */
export const SCHEMA_PATHS: Record<Engine, { schema: string; migrations: string }> = {
  // The source of truth; prisma/postgres/schema.prisma is generated from it
  // (npm run db:schemas) and must never be edited by hand.
  sqlite: { schema: path.join("prisma", "schema.prisma"), migrations: path.join("prisma", "migrations") },
  postgresql: {
    schema: path.join("prisma", "postgres", "schema.prisma"),
    migrations: path.join("prisma", "postgres", "migrations"),
  },
};

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
    try {
      const parsed = new URL(url);
      if (!parsed.hostname && !parsed.searchParams.get("host")) throw new Error("no host");
      if (parsed.pathname.replace(/^\//, "") === "") throw new Error("no database name");
    } catch (e) {
      throw new DatabaseUrlError(
        `DATABASE_URL is not a usable PostgreSQL URL (${(e as Error).message}); use e.g. postgresql://sapo:secret@127.0.0.1:5432/sapo`,
      );
    }
    return { engine: "postgresql", url };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL "${redactUrl(url)}" is not understood; use a file: URL such as ${DEFAULT_DATABASE_URL} or a postgresql:// URL`,
  );
}

/** The URL with any password replaced, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

/** DATABASE_REPLICA_URLS: comma-separated read replicas of the primary (PostgreSQL or SQLite files). */
export function resolveReplicaUrls(raw: string | undefined, primary: DatabaseTarget): DatabaseTarget[] {
  const urls = (raw ?? "").split(",").map((u) => u.trim()).filter(Boolean);
  return urls.map((u) => {
    const replica = resolveDatabaseUrl(u);
    if (replica.engine !== primary.engine) {
      throw new DatabaseUrlError(`DATABASE_REPLICA_URLS: replica ${redactUrl(u)} is ${replica.engine}, but the primary is ${primary.engine}`);
    }
    return replica;
  });
}

export type PoolLimits = {
  idleTimeoutMs?: number;
  /** Opening a connection, or waiting for a free one (PostgreSQL). */
  connectTimeoutMs?: number;
  /** One query, after which its connection is dropped (PostgreSQL). */
  queryTimeoutMs?: number;
};

export function createAdapterFactory(target: DatabaseTarget, options: PoolLimits = {}) {
  if (target.engine === "postgresql") {
    // One pool per client; DATABASE_POOL_SIZE sizes each. A running instance
    // has up to three clients per database (pages, the proxy's redirect
    // lookups, the background loops), so PostgreSQL's max_connections must
    // cover instances × 3 × pool size (docs/deploying.md).
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    return new PrismaPg({
      connectionString: target.url,
      max: Number.isInteger(max) && max > 0 ? max : 10,
      ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMillis: options.idleTimeoutMs } : {}),
      ...(options.connectTimeoutMs !== undefined ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
      ...(options.queryTimeoutMs !== undefined ? { query_timeout: options.queryTimeoutMs } : {}),
    });
  }
  // better-sqlite3's `timeout` is SQLite's busy timeout for this connection.
  return new PrismaBetterSQLite3({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
}
