// What a notification is about (an article, or for admins a webhook
// endpoint), and the rule that keeps each person to one
// notification per article event: pure, so the rule is tested on its own
// (tests/unit/notification-recipients.test.ts). Who is a candidate at all
// is decided in lib/comments/mentions.ts.

/**
 * Strongest first: for the same person and event, a mention wins over a
 * reply, a reply over a comment on their story. "sentBack": the desk sent
 * their story back to them (lib/articles/workflow.ts), an event of its own.
 */
export const NOTIFICATION_KINDS = ["mention", "reply", "comment", "suggestion", "sentBack"] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The one kind about something else than an article: a webhook endpoint was
 * turned off after its deliveries failed for 24 hours (lib/webhooks/disable.ts).
 * Its notification has endpointId and no articleId; it is never deduplicated
 * against the article kinds above.
 */
export const WEBHOOK_DISABLED = "webhookDisabled";

/** One person to tell about one event (a comment, new suggestions) on an article. */
export type NotificationEvent = {
  kind: NotificationKind;
  userId: string;
  articleId: string;
  threadId: string | null;
  /** Who did it; null for the system. */
  actorId: string | null;
};

const rank = (kind: NotificationKind) => NOTIFICATION_KINDS.indexOf(kind);

/**
 * Never the actor themself; one per person per event (article and thread),
 * the strongest kind kept. Order of first appearance is kept.
 */
export function dedupeNotifications(events: readonly NotificationEvent[]): NotificationEvent[] {
  const kept = new Map<string, NotificationEvent>();
  for (const e of events) {
    if (e.actorId !== null && e.userId === e.actorId) continue;
    const key = JSON.stringify([e.userId, e.articleId, e.threadId]);
    const known = kept.get(key);
    if (!known || rank(e.kind) < rank(known.kind)) kept.set(key, e);
  }
  return [...kept.values()];
}
