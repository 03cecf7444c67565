// Sign-in throttling, counted from the audit log's failed sign-ins (so there
// is no second record to keep in step): after 5 failures in 15 minutes for an
// account, or 20 from one address, further attempts are refused, even with
// the right password, until the oldest failure leaves the window.
import type { Tx } from "@/lib/db/client";

export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

export const FAILED_SIGN_IN = "auth.sign_in_failed";

/** Seconds the caller must wait before trying again, or 0 if they may try now. */
export async function signInRetryAfter(db: Pick<Tx, "auditEvent">, email: string, ip: string | null, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const waits: number[] = [];
  const check = async (where: { targetId: string } | { ip: string }, limit: number) => {
    const recent = await db.auditEvent.findMany({
      where: { action: FAILED_SIGN_IN, createdAt: { gt: since }, ...where },
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { createdAt: true },
    });
    if (recent.length < limit) return;
    // Free again when the limit-th most recent failure is older than the window.
    const oldest = recent[recent.length - 1].createdAt.getTime();
    waits.push(Math.ceil((oldest + THROTTLE.windowMs - now.getTime()) / 1000));
  };
  if (email) await check({ targetId: email }, THROTTLE.perAccount);
  if (ip) await check({ ip }, THROTTLE.perAddress);
  return Math.max(0, ...waits);
}
