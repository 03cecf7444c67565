// The shapes /newsroom/api and an endpoint's delivery log hand to their client
// parts. Dates arrive formatted (in the admin's language and the site's time
// zone, on the server), so the browser shows the same text the server did.
import type { ApiScope } from "@/lib/api/schemas";
import type { WebhookEventType } from "@/lib/webhooks/events";

export type KeyStatus = "active" | "expired" | "revoked";

export type KeyItem = {
  id: string;
  name: string;
  prefix: string;
  /** How the key is shown: its prefix only ("sapo_1a2b3c4d5e6f_…"). */
  masked: string;
  scopes: ApiScope[];
  created: string;
  createdByName: string | null;
  /** The expiry (formatted), or null for a key that does not expire. */
  expires: string | null;
  lastUsed: string | null;
  status: KeyStatus;
};

export type EndpointState = { kind: "active" } | { kind: "failing"; since: string } | { kind: "disabled"; since: string | null; reason: string | null };

export type EndpointItem = {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  state: EndpointState;
  lastDelivery: { status: string; at: string } | null;
};

export type DeliveryStatus = "pending" | "delivered" | "failed";

export type AttemptItem = { attempt: number; statusCode: number | null; error: string | null; durationMs: number; at: string };

export type DeliveryItem = {
  id: string;
  eventType: string;
  articleId: string | null;
  articleTitle: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  created: string;
  delivered: string | null;
  /** When the next try is due, for a delivery still pending. */
  nextAttempt: string | null;
  log: AttemptItem[];
};

/** A secret to show once: an API key's or an endpoint's signing secret. */
export type OneTimeSecret = { kind: "key" | "endpoint"; name: string; secret: string };

export type Notice = { kind: "error" | "done"; text: string } | null;
