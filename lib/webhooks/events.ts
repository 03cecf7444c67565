// The webhook outbox's writing side. A step that changes what readers see
// (publish, a published update, a correction, a take-down, a deletion) calls
// recordWebhookEvent() inside its own transaction: the event row and one
// delivery row per subscribed, enabled endpoint are written with the change,
// so a crash never loses an event and a rolled-back change never sends one.
// The worker (lib/webhooks/worker.ts) sends the deliveries; callers nudge it
// after their commit (lib/webhooks/nudge.ts).
//
// The payload follows Standard Webhooks' shape, { type, timestamp, data }, and
// keeps `data` small and public: what identifies the article and where to
// fetch it through the content API (/api/v1/articles/{id}), never its pending
// changes, notes or staff. A receiver that wants the text asks the API, which
// applies its own access rules.
// Not `server-only`: the workflow runs in scripts and the scheduler too.
import { randomUUID } from "node:crypto";
import { readConfig } from "@/lib/config/env";
import type { Tx } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { effectiveLanguage } from "@/lib/articles/languages";
import { publicVersion } from "@/lib/articles/public-version";
import { articlePath } from "@/lib/site/paths";

export const WEBHOOK_EVENTS = ["article.published", "article.updated", "article.unpublished", "article.corrected", "article.deleted"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === "string" && (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** What an event says about its article: the live (public) columns. */
export type WebhookArticle = {
  id: string;
  title: string;
  slug: string;
  language: string | null;
  publishedAt: Date | null;
  section: { slug: string };
};

/** The public facts of an article, in every event but article.deleted. */
export type WebhookArticleData = {
  id: string;
  url: string;
  apiUrl: string;
  title: string;
  section: string;
  slug: string;
  language: string;
  publishedAt: string | null;
  version: number;
};

/** article.deleted: only what names the article gone (its page is gone too). */
export type WebhookDeletedData = { id: string; url: string };

export type WebhookPayload = { type: WebhookEventType; timestamp: string; data: WebhookArticleData | WebhookDeletedData };

const articleSelect = { id: true, title: true, slug: true, language: true, publishedAt: true, section: { select: { slug: true } } } as const;

/** Reads an article as events describe it, inside the caller's transaction (after its writes). */
export function readWebhookArticle(tx: Tx, id: string): Promise<WebhookArticle> {
  return tx.article.findUniqueOrThrow({ where: { id }, select: articleSelect });
}

/** A Standard Webhooks message id (the `webhook-id` header): unique per event, the same on every retry. */
export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll("-", "")}`;
}

type RecordOptions = {
  /** The site's public address; defaults to SITE_URL (lib/config/env.ts). */
  siteUrl?: string;
  at?: Date;
};

/** The payload of `type` for `article`, as stored and sent. */
export async function webhookPayload(tx: Tx, type: WebhookEventType, article: WebhookArticle, options: RecordOptions = {}): Promise<WebhookPayload> {
  const siteUrl = options.siteUrl ?? readConfig().siteUrl;
  const url = siteUrl + articlePath(article);
  const timestamp = (options.at ?? new Date()).toISOString();
  if (type === "article.deleted") return { type, timestamp, data: { id: article.id, url } };
  const { siteLanguage } = await getSiteSettings(tx);
  return {
    type,
    timestamp,
    data: {
      id: article.id,
      url,
      apiUrl: `${siteUrl}/api/v1/articles/${encodeURIComponent(article.id)}`,
      title: article.title,
      section: article.section.slug,
      slug: article.slug,
      language: effectiveLanguage(article.language, siteLanguage),
      publishedAt: article.publishedAt?.toISOString() ?? null,
      // Written after the step's revision, so this counts the change itself (lib/articles/public-version.ts).
      version: await publicVersion(tx, article.id),
    },
  };
}

/** The events an endpoint subscribed to, from its stored JSON (anything unknown is dropped). */
export function parseEndpointEvents(stored: string): WebhookEventType[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter(isWebhookEventType) : [];
  } catch {
    return [];
  }
}

/**
 * Writes the event and its deliveries in `tx`, the transaction of the change
 * that causes it. Returns the event's id and how many endpoints will get it.
 */
export async function recordWebhookEvent(
  tx: Tx,
  type: WebhookEventType,
  article: WebhookArticle,
  options: RecordOptions = {},
): Promise<{ eventId: string; deliveries: number }> {
  const payload = await webhookPayload(tx, type, article, options);
  const id = newMessageId();
  await tx.webhookEvent.create({ data: { id, type, articleId: article.id, payload: JSON.stringify(payload), createdAt: options.at } });
  // Few endpoints (a paper registers a handful): filtering the JSON list here
  // is simpler than a query each engine would spell differently.
  const endpoints = await tx.webhookEndpoint.findMany({ where: { enabled: true }, select: { id: true, events: true } });
  const subscribed = endpoints.filter((e) => parseEndpointEvents(e.events).includes(type));
  if (subscribed.length > 0) {
    await tx.webhookDelivery.createMany({ data: subscribed.map((e) => ({ eventId: id, endpointId: e.id })) });
  }
  return { eventId: id, deliveries: subscribed.length };
}
