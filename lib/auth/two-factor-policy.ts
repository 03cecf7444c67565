// Which roles must sign in with a second factor: an admin's setting in
// /newsroom/settings, stored as the Setting row "twoFactorRoles" (a JSON list
// of roles; none by default). Someone in such a role without two-factor
// sign-in is sent to set it up after signing in and can use nothing else in
// the newsroom until they have (lib/auth/session-user.ts).
import type { Role } from "@prisma/client";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { ROLES } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";

const KEY = "twoFactorRoles";

/** A set of roles, in the permission map's order, each once. */
export const twoFactorRolesSchema = z
  .array(z.enum(ROLES, "validation.invalid"), "validation.invalid")
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));

/** The roles that must use two-factor sign-in; an unreadable value counts as none. */
export async function twoFactorRequiredRoles(db: Pick<Tx, "setting">): Promise<Role[]> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return [];
  try {
    const parsed = twoFactorRolesSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Saves the roles that must use two-factor sign-in, with a `settings.changed`
 * audit event ({ twoFactorRoles: { from, to } }). No-op if unchanged.
 */
export async function setTwoFactorRequiredRoles(
  db: Db,
  actor: { id: string; ip?: string | null },
  roles: unknown,
): Promise<{ roles: Role[]; changed: boolean }> {
  const parsed = twoFactorRolesSchema.safeParse(roles);
  if (!parsed.success) throw new UserError(parsed.error.issues[0].message);
  const next = parsed.data;
  return db.$transaction(async (tx) => {
    const current = await twoFactorRequiredRoles(tx);
    if (current.join() === next.join()) return { roles: next, changed: false };
    const value = JSON.stringify(next);
    await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
    await recordAudit(tx, {
      action: "settings.changed",
      actorId: actor.id,
      targetType: "settings",
      detail: { twoFactorRoles: { from: current, to: next } },
      ip: actor.ip,
    });
    return { roles: next, changed: true };
  });
}
