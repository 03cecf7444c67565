// Creates the first admin of a new installation: from ADMIN_EMAIL and
// ADMIN_PASSWORD when set, otherwise with a generated password that start-up
// prints once. Does nothing when any user exists.
import { recordAudit } from "@/lib/audit/record";
import { normalizeEmail } from "@/lib/auth/credentials";
import { generatePassword, hashPassword, passwordProblem } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";

export const DEFAULT_ADMIN_EMAIL = "admin@sapo.local";
const ADMIN_NAME = "Administrator";

export type FirstAdminResult =
  | { created: false }
  | { created: true; id: string; email: string; generatedPassword: string | null };

export class FirstAdminError extends Error {}

export async function ensureFirstAdmin(
  db: Db,
  env: Partial<Record<"ADMIN_EMAIL" | "ADMIN_PASSWORD", string>> = process.env as Record<string, string>,
): Promise<FirstAdminResult> {
  if ((await db.user.count()) > 0) return { created: false };
  const email = normalizeEmail(env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new FirstAdminError(`ADMIN_EMAIL "${email}" is not an email address`);
  const given = env.ADMIN_PASSWORD;
  if (given) {
    // The same rule as every other password (lib/auth/password.ts); a generated one passes it.
    const problem = passwordProblem(given, { email, displayName: ADMIN_NAME });
    if (problem) throw new FirstAdminError(`ADMIN_PASSWORD is not acceptable: ${problem}`);
  }
  const password = given || generatePassword();
  const passwordHash = await hashPassword(password); // before the transaction: hashing is slow on purpose
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email, displayName: ADMIN_NAME, role: "ADMIN", passwordHash },
    });
    await recordAudit(tx, { action: "user.first_admin_created", actorId: created.id, targetType: "user", targetId: created.id });
    return created;
  });
  return { created: true, id: user.id, email, generatedPassword: given ? null : password };
}
