// Keeping rules that are checked by reading and then kept by writing ("an
// admin can still sign in", "one article per language in a translation
// group", "a free address") true when two requests race. PostgreSQL runs
// transactions at READ COMMITTED, where two such transactions each read the
// state before the other's write and both go through. So:
// - holdLock(): a rule's transactions take its lock first and read after, so
//   they run one after the other and each reads what the previous committed
//   (PostgreSQL: a transaction-level advisory lock, released at COMMIT or
//   ROLLBACK; at READ COMMITTED every statement reads the latest commits).
// - withRetry(): a transaction that loses a race at a statement (a unique
//   index taken by a row committed meanwhile, a deadlock) runs again from the
//   start, when its own checks see the other's row (the next free slug, or a
//   refusal).
// SERIALIZABLE would do both without naming the rules, but PostgreSQL may
// report its failures at COMMIT, and Prisma 6's driver adapter then never
// returns the connection to the pool (the transaction manager stops at the
// failed COMMIT, before the adapter's release), so a busy newsroom would run
// out of connections. SQLite runs one writing transaction at a time (the
// driver adapter queues them), so the lock is nothing there.
// Free of `server-only` like lib/db/client.ts: scripts use the same domain code.
import type { Db, Tx } from "@/lib/db/client";
import { engineOf } from "@/lib/db/client";

/** The rules guarded by a lock, one name each. */
export type LockName =
  /** Changes that may leave fewer admins able to sign in (lib/users/admin.ts). */
  | "active-admins"
  /** Which articles are in which translation group, and their languages (lib/articles/translations.ts). */
  | "translation-groups"
  /** One article's shared (Yjs) document and the columns derived from it (lib/collab/shared-state.ts). */
  | "shared-document"
  /** One entry per word, whatever its case, in a language's newsroom dictionary (lib/spelling/newsroom-words.ts). */
  | "dictionary-words";

/**
 * Holds the lock `name` until the caller's transaction ends: another
 * transaction asking for it waits until then. Take it before reading what
 * the rule depends on.
 */
export async function holdLock(tx: Tx, name: LockName, key?: string): Promise<void> {
  if (engineOf(tx) !== "postgresql") return;
  // Advisory locks are named by a 64-bit number: the name's hash. Another
  // name with the same hash would only wait needlessly. A key (an article's
  // id) makes one lock per thing instead of one for the whole rule.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key ? `sapo:${name}:${key}` : `sapo:${name}`}, 0))`;
}

/** Attempts in all: each retry follows a transaction that committed, so a few suffice for a burst. */
const ATTEMPTS = 5;

/** The parts of Prisma's and the driver adapter's errors that tell a lost race. */
type ErrorParts = { code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

/**
 * Whether `e` is a race lost to a concurrent transaction, worth a retry:
 * - P2002: a unique index broken by a row another transaction committed
 *   meanwhile. The retry reads that row, so the code's own check sees it; a
 *   violation the code does not check for comes back each time and is
 *   thrown after the last attempt.
 * - a deadlock (PostgreSQL 40P01) or serialization failure (40001, Prisma's
 *   P2034), found in the error or its causes (Prisma maps only the latter).
 */
export function isLostRace(e: unknown): boolean {
  let part = e as ErrorParts | undefined;
  for (let depth = 0; part && typeof part === "object" && depth < 5; depth++) {
    if (part.code === "P2002" || part.code === "P2034" || part.kind === "TransactionWriteConflict") return true;
    if ([part.code, part.originalCode].some((c) => c === "40001" || c === "40P01")) return true;
    part = (part.meta?.driverAdapterError ?? part.cause) as ErrorParts | undefined;
  }
  return false;
}

/**
 * Runs `fn` in a transaction, again from the start when it loses a race
 * (isLostRace), up to ATTEMPTS times. `fn` may run more than once: it must
 * do nothing but database work through `tx`, and throw to refuse.
 */
export async function withRetry<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn);
    } catch (e) {
      if (attempt >= ATTEMPTS || !isLostRace(e)) throw e;
      // A short random pause, growing: two that collided rarely collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
