// The one Prisma client of the running app. Server code only.
import "server-only";
import { resolveDatabaseUrl } from "./db/adapter";
import { createPrismaClient, type Db } from "./db/client";

// Reuse one client across hot reloads in development.
const globalForDb = globalThis as unknown as { sapoDb?: Db };

export const db: Db = globalForDb.sapoDb ?? createPrismaClient(resolveDatabaseUrl(process.env.DATABASE_URL));

if (process.env.NODE_ENV !== "production") globalForDb.sapoDb = db;
