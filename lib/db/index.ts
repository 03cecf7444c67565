// The Prisma clients of the running app. Server code only.
// - `db`: the primary database. Everything the newsroom does reads and
//   writes here, so an editor always sees their own writes at once.
// - `siteDb`: for the reader site's reads. With DATABASE_REPLICA_URLS set,
//   its queries go to a read replica (picked at random per query) through
//   Prisma's read-replicas extension, while any write or transaction still
//   goes to the primary. Without replicas it is `db`. A replica that is down
//   is skipped, its reads going to the primary until it answers again
//   (lib/db/replicas.ts).
// - `siteSql()`: the same for raw SQL (search), which the extension leaves on
//   the primary.
import "server-only";
import { readReplicas } from "@prisma/extension-read-replicas";
import { redactUrl, resolveDatabaseUrl, resolveReplicaUrls } from "@/lib/db/adapter";
import { createLimitedPrismaClient, createPrismaClient, type Db, type Tx } from "@/lib/db/client";
import { createReplicaRouter, REPLICA_LIMITS } from "@/lib/db/replicas";

type Clients = { db: Db; siteDb: Db; replicated: boolean };

function createClients(): Clients {
  const primaryTarget = resolveDatabaseUrl(process.env.DATABASE_URL);
  const primary = createPrismaClient(primaryTarget);
  const replicas = resolveReplicaUrls(process.env.DATABASE_REPLICA_URLS, primaryTarget).map((target) => ({
    name: redactUrl(target.url),
    client: createLimitedPrismaClient(target, { connectTimeoutMs: REPLICA_LIMITS.connectMs, queryTimeoutMs: REPLICA_LIMITS.queryMs }),
  }));
  if (replicas.length === 0) return { db: primary, siteDb: primary, replicated: false };
  const interval = Number(process.env.DATABASE_REPLICA_CHECK_MS);
  const router = createReplicaRouter(primary, replicas, { intervalMs: Number.isInteger(interval) && interval >= 100 ? interval : undefined });
  // The extension's types describe a generic client; ours is the same client with routing added.
  const siteDb = primary.$extends(readReplicas({ replicas: [router] })) as unknown as Db;
  return { db: primary, siteDb, replicated: true };
}

// One set of clients per process: reused across hot reloads in development,
// and shared in production by Next.js's bundle and the reader site in Sapo's
// own server, which each load this module (lib/reader/handler.ts).
const globalForDb = globalThis as unknown as { sapoDb?: Clients };
const clients = globalForDb.sapoDb ?? createClients();
globalForDb.sapoDb = clients;

export const db: Db = clients.db;
export const siteDb: Db = clients.siteDb;

/** A client for the reader site's raw SQL reads: a replica when there are any. */
export function siteSql(): Pick<Tx, "$queryRaw" | "$executeRaw"> {
  return clients.replicated ? (siteDb as unknown as { $replica(): Db }).$replica() : db;
}
