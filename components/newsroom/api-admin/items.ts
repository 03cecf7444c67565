// Turns what lib/ gives about keys, endpoints and deliveries into what the
// client parts show (components/newsroom/api-admin/types.ts): a key's state
// (active, expired, revoked), an endpoint's (active, failing, disabled), and
// every date formatted in the admin's language and the site's time zone.
import "server-only";
import type { ApiKeyView } from "@/lib/api-keys/view";
import { maskedApiKey } from "@/lib/api-keys/secret";
import type { DeliveryView } from "@/lib/webhooks/delivery-log";
import type { EndpointView } from "@/lib/webhooks/list-endpoints";
import type { DeliveryItem, EndpointItem, KeyItem, KeyStatus } from "@/components/newsroom/api-admin/types";

type Format = (date: Date) => string;

export function keyStatus(key: Pick<ApiKeyView, "revokedAt" | "expiresAt">, now: Date): KeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export function keyItem(key: ApiKeyView, format: Format, now: Date): KeyItem {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    masked: maskedApiKey(key.prefix),
    scopes: key.scopes,
    created: format(key.createdAt),
    createdByName: key.createdByName,
    expires: key.expiresAt ? format(key.expiresAt) : null,
    lastUsed: key.lastUsedAt ? format(key.lastUsedAt) : null,
    status: keyStatus(key, now),
  };
}

export function endpointItem(endpoint: EndpointView, format: Format): EndpointItem {
  const state: EndpointItem["state"] = !endpoint.enabled
    ? { kind: "disabled", since: endpoint.disabledAt ? format(endpoint.disabledAt) : null, reason: endpoint.disabledReason }
    : endpoint.failingSince
      ? { kind: "failing", since: format(endpoint.failingSince) }
      : { kind: "active" };
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.enabled,
    state,
    lastDelivery: endpoint.lastDelivery ? { status: endpoint.lastDelivery.status, at: format(endpoint.lastDelivery.at) } : null,
  };
}

export function deliveryItem(delivery: DeliveryView, format: Format): DeliveryItem {
  return {
    id: delivery.id,
    eventType: delivery.eventType,
    articleId: delivery.articleId,
    articleTitle: delivery.articleTitle,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatus: delivery.lastStatus,
    lastError: delivery.lastError,
    created: format(delivery.createdAt),
    delivered: delivery.deliveredAt ? format(delivery.deliveredAt) : null,
    nextAttempt: delivery.status === "pending" ? format(delivery.nextAttemptAt) : null,
    log: delivery.log.map((a) => ({ attempt: a.attempt, statusCode: a.statusCode, error: a.error, durationMs: a.durationMs, at: format(a.createdAt) })),
  };
}
