// The API keys for /newsroom/api: live ones first (newest first), then the
// revoked ones, which are kept so the page (and the audit log) can say what
// a key was and when it stopped working.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { API_KEY_VIEW_SELECT, apiKeyView, type ApiKeyView } from "@/lib/api-keys/view";

export async function listApiKeys(db: Tx): Promise<ApiKeyView[]> {
  const rows = await db.apiKey.findMany({ select: API_KEY_VIEW_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const views = rows.map(apiKeyView);
  return [...views.filter((k) => !k.revokedAt), ...views.filter((k) => k.revokedAt)];
}
