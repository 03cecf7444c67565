// Sign-in throttling. Every password or code check is counted in
// SignInAttempt, and in a 15-minute window at most
//   5 per account from one address, 20 from one address, 50 per account
// are let through; further attempts are refused, even with the right
// password, until the oldest counted one leaves the window. The per-account
// ceiling is higher than the per-address one so that an attacker elsewhere
// cannot lock out the real person at their desk.
//
// The check and the count are one step (reserveSignInAttempt): an attempt is
// written *before* its password is checked, in a transaction that first
// locks a row for its account and one for its address, so attempts sharing
// either are counted one after another (PostgreSQL's row lock, SQLite's
// single writer), and twenty at once still get five checks. An attempt that
// succeeds is removed again (releaseSignInAttempt); refused attempts are
// never written, so knocking on a locked account does not keep it locked.
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";

export const THROTTLE = { windowMs: 15 * 60_000, perAccountAndAddress: 5, perAddress: 20, perAccount: 50 } as const;

export const FAILED_SIGN_IN = "auth.sign_in_failed";

/** Counted in place of an address the request did not give (one shared bucket). */
export const UNKNOWN_ADDRESS = "unknown";

const LOCK_BUCKETS = 1024;

type Counter = Pick<Tx, "signInAttempt">;

/** Seconds the caller must wait before trying again, or 0 if they may try now. */
export async function signInRetryAfter(db: Counter, account: string, ip: string | null, now = new Date()): Promise<number> {
  const address = ip ?? UNKNOWN_ADDRESS;
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const limits = [
    { where: { account, address }, limit: THROTTLE.perAccountAndAddress },
    { where: { address }, limit: THROTTLE.perAddress },
    { where: { account }, limit: THROTTLE.perAccount },
  ];
  let wait = 0;
  for (const { where, limit } of limits) {
    const recent = await db.signInAttempt.findMany({
      where: { ...where, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    if (recent.length < limit) continue;
    // Free again when the limit-th most recent attempt is older than the window.
    const oldest = recent[recent.length - 1].createdAt.getTime();
    wait = Math.max(wait, Math.ceil((oldest + THROTTLE.windowMs - now.getTime()) / 1000));
  }
  return Math.max(0, wait);
}

export type Reservation = { ok: true; id: string } | { ok: false; retryAfter: number };

/** A lock row's key: a hash bucket, so the table stays small whatever is tried. */
function lockKey(kind: "account" | "address", value: string): string {
  const bucket = createHash("sha256").update(value).digest().readUInt32BE(0) % LOCK_BUCKETS;
  return `${kind}:${bucket}`;
}

/**
 * Takes one try for `account` from `ip`, or says how long to wait. Call it
 * before checking the password (or code), then releaseSignInAttempt on
 * success; a failure stays counted.
 */
export async function reserveSignInAttempt(db: Db, account: string, ip: string | null, now = new Date()): Promise<Reservation> {
  const address = ip ?? UNKNOWN_ADDRESS;
  const reservation = await db.$transaction(async (tx): Promise<Reservation> => {
    // The account's lock, then the address's: every transaction takes them
    // in this one order, so two can never wait for each other. The statement
    // is the same on both engines: an upsert that writes, so PostgreSQL locks
    // the row until commit and SQLite takes its write lock before anything
    // is read.
    for (const key of [lockKey("account", account), lockKey("address", address)]) {
      await tx.$executeRaw`INSERT INTO "SignInLock" ("key") VALUES (${key}) ON CONFLICT ("key") DO UPDATE SET "key" = excluded."key"`;
    }
    const retryAfter = await signInRetryAfter(tx, account, address, now);
    if (retryAfter > 0) return { ok: false, retryAfter };
    const attempt = await tx.signInAttempt.create({ data: { account, address, createdAt: now }, select: { id: true } });
    return { ok: true, id: attempt.id };
  });
  if (reservation.ok) await forgetOldAttempts(db, now);
  return reservation;
}

/** A successful attempt does not count against anyone. */
export async function releaseSignInAttempt(db: Pick<Tx, "signInAttempt">, id: string): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id } });
}

/** Attempts that have left the window are of no further use (the audit log keeps the story). */
async function forgetOldAttempts(db: Db, now: Date): Promise<void> {
  try {
    await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - THROTTLE.windowMs) } } });
  } catch {
    // Housekeeping only: two instances clearing the same rows at once may
    // trip over each other, and the next attempt clears them anyway.
  }
}
