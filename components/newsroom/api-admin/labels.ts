// Catalogue keys for the API's scopes and the webhook events, whose own names
// ("articles:read", "article.published") cannot be keys: a dot would nest.
import type { ApiScope } from "@/lib/api/schemas";
import type { WebhookEventType } from "@/lib/webhooks/events";

export const SCOPE_KEY: Record<ApiScope, string> = {
  "articles:read": "articlesRead",
  "taxonomy:read": "taxonomyRead",
  "search:read": "searchRead",
};

/** "article.published" → "published"; the events all concern articles. */
export function eventKey(type: WebhookEventType | string): string {
  return type.replace(/^article\./, "");
}
