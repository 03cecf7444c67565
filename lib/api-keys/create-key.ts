// Creates an API key (admins, on /newsroom/api). The secret is returned this
// once and never stored: only its SHA-256 is (lib/api-keys/secret.ts says why
// that hash). Audited as api.key_created, in the same transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { apiKeyInputSchema, type ApiKeyInput } from "@/lib/api-keys/input";
import { newApiKeySecret } from "@/lib/api-keys/secret";
import { API_KEY_VIEW_SELECT, apiKeyView, type ApiKeyView } from "@/lib/api-keys/view";

export async function createApiKey(
  db: Db,
  actor: Pick<Actor, "id" | "ip">,
  input: ApiKeyInput,
): Promise<{ key: ApiKeyView; secret: string }> {
  const parsed = apiKeyInputSchema.safeParse(input);
  if (!parsed.success) throw new UserError(parsed.error.issues[0].message);
  const { name, scopes, expiresAt } = parsed.data;
  const { token, prefix, secretHash } = newApiKeySecret();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { name, prefix, secretHash, scopes: JSON.stringify(scopes), expiresAt: expiresAt ?? null, createdById: actor.id },
      select: API_KEY_VIEW_SELECT,
    });
    await recordAudit(tx, {
      action: "api.key_created",
      actorId: actor.id,
      targetType: "apiKey",
      targetId: created.id,
      detail: { name, prefix, scopes, expiresAt: expiresAt?.toISOString() ?? null },
      ip: actor.ip,
    });
    return created;
  });
  return { key: apiKeyView(row), secret: token };
}
