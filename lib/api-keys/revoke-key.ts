// Revokes an API key: it stops working at once in this process (its cached
// verification is dropped) and within KEY_CACHE_TTL_MS on other instances
// (lib/api-keys/verify-key.ts). The row stays, marked revoked, for the page
// and the audit log. Revoking a revoked key changes nothing and records
// nothing. Audited as api.key_revoked.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { forgetApiKey } from "@/lib/api-keys/key-cache";
import { API_KEY_VIEW_SELECT, apiKeyView, type ApiKeyView } from "@/lib/api-keys/view";

export async function revokeApiKey(db: Db, actor: Pick<Actor, "id" | "ip">, input: { id: string }): Promise<ApiKeyView> {
  const row = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: input.id }, select: API_KEY_VIEW_SELECT });
    if (!key) throw new UserError("apiAdmin.errors.keyGone");
    // Conditional, so two admins revoking at once record one event.
    const { count } = await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return key;
    await recordAudit(tx, {
      action: "api.key_revoked",
      actorId: actor.id,
      targetType: "apiKey",
      targetId: key.id,
      detail: { name: key.name, prefix: key.prefix },
      ip: actor.ip,
    });
    return tx.apiKey.findUniqueOrThrow({ where: { id: key.id }, select: API_KEY_VIEW_SELECT });
  });
  forgetApiKey(row.prefix);
  return apiKeyView(row);
}
