"use client";
// The newsroom header's bell: the number of unread notifications on a
// button (its name says the number), which opens the list: who did what on
// which story, each a link to the story at the thread (for admins also a
// webhook endpoint turned off, a link to its page), with Mark read /
// Mark unread, and "Mark all read". Kept current by the live stream
// (live.ts): a new count arrives at once, the open list is fetched again.
// The list is a disclosure (not a menu): Esc or a click elsewhere closes it
// and gives the focus back to the bell.
import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { listNotificationsAction } from "@/lib/actions/notifications/list-notifications";
import { markNotificationsAction } from "@/lib/actions/notifications/mark-notifications";
import type { NotificationView } from "@/lib/notifications/queries";
import { FormError } from "@/components/newsroom/form-error";
import { RelativeTime } from "@/components/newsroom/comments/relative-time";
import { announceThread } from "@/components/newsroom/notifications/open-thread";
import { subscribeLive } from "@/components/newsroom/notifications/live";
import { useDismiss } from "@/components/newsroom/use-dismiss";

/** The badge shows at most this; the button's name says the exact number. */
const BADGE_MAX = 99;

export function NotificationBell() {
  const t = useTranslations("notifications");
  const network = useTranslations("errors")("network");
  const panelId = useId();
  const headingId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState(0);
  const [items, setItems] = useState<NotificationView[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const openRef = useRef(open);

  /** The first page (and the count); with `more`, the page after the ones shown. */
  const fetchPage = useCallback(
    async (more?: string) => {
      try {
        const result = await listNotificationsAction({ cursor: more ?? null, limit: openRef.current || more ? undefined : 1 });
        if (!result.ok) return setError(result.error);
        setError(null);
        setUnread(result.unread);
        if (more) setItems((list) => [...(list ?? []), ...result.items]);
        else if (openRef.current) setItems(result.items);
        if (openRef.current || more) setNext(result.nextCursor);
      } catch {
        setError(network);
      }
    },
    [network],
  );

  // The stream sends the count on connecting, and again whenever it changes.
  useEffect(
    () =>
      subscribeLive({
        onNotification: (count) => {
          setUnread(count);
          if (openRef.current) void fetchPage();
        },
        onResync: () => void fetchPage(),
      }),
    [fetchPage],
  );

  function toggle(to = !open) {
    openRef.current = to;
    setOpen(to);
    if (to) void fetchPage();
  }

  // Esc or a click outside closes the list.
  useDismiss(open, wrap, bell, () => toggle(false));

  async function mark(input: { ids: string[]; read: boolean } | { all: true }) {
    // Shown at once; the server's count follows.
    setItems((list) => list?.map((n) => ("all" in input || input.ids.includes(n.id) ? { ...n, read: "all" in input ? true : input.read } : n)) ?? null);
    try {
      const result = await markNotificationsAction(input);
      if (!result.ok) return setError(result.error);
      setUnread(result.unread);
    } catch {
      setError(network);
    }
  }

  const label = t("bell", { count: unread });
  return (
    <div className="notification-bell" ref={wrap}>
      <button ref={bell} type="button" className="bell-button" aria-label={label} title={label} aria-expanded={open} aria-controls={panelId} onClick={() => toggle()}>
        <span className="bell-icon" aria-hidden="true" />
        {unread > 0 ? (
          <span className="bell-badge" aria-hidden="true">
            {unread > BADGE_MAX ? `${BADGE_MAX}+` : unread}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="notification-panel" role="region" aria-labelledby={headingId} hidden={!open}>
        <div className="notification-panel-head">
          <h2 id={headingId}>{t("title")}</h2>
          <button type="button" className="link-button" disabled={unread === 0} onClick={() => void mark({ all: true })}>
            {t("markAllRead")}
          </button>
        </div>
        <FormError>{error}</FormError>
        {items === null ? <p className="hint">{t("loading")}</p> : null}
        {items?.length === 0 ? <p className="hint">{t("empty")}</p> : null}
        {items?.length ? (
          <ul className="notification-list">
            {items.map((n) => (
              <NotificationItem
                key={n.id}
                item={n}
                onOpen={() => {
                  if (!n.read) void mark({ ids: [n.id], read: true });
                  if (n.kind !== "webhookDisabled" && n.threadId) announceThread(n.articleId, n.threadId);
                  toggle(false);
                }}
                onToggleRead={() => void mark({ ids: [n.id], read: !n.read })}
              />
            ))}
          </ul>
        ) : null}
        {next ? (
          <button type="button" className="secondary" onClick={() => void fetchPage(next)}>
            {t("loadMore")}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** What a notification says, in the newsroom's language. */
function useNotificationText(item: NotificationView): string {
  const t = useTranslations("notifications");
  const untitled = useTranslations("common")("untitled");
  if (item.kind === "webhookDisabled") return t("kinds.webhookDisabled", { endpoint: item.endpointName });
  const values = { actor: item.actorName ?? t("someone"), title: item.articleTitle || untitled };
  switch (item.kind) {
    case "mention":
      return t("kinds.mention", values);
    case "reply":
      return t("kinds.reply", values);
    case "comment":
      return t("kinds.comment", values);
    case "sentBack":
      return t("kinds.sentBack", values);
    case "suggestion":
      return t("kinds.suggestion", values);
  }
}

function NotificationItem({ item, onOpen, onToggleRead }: { item: NotificationView; onOpen: () => void; onToggleRead: () => void }) {
  const t = useTranslations("notifications");
  const linkId = useId();
  const text = useNotificationText(item);
  return (
    <li className={item.read ? "notification" : "notification is-unread"}>
      <Link href={item.href} onClick={onOpen} className="notification-link" id={linkId}>
        {item.read ? null : <span className="visually-hidden">{t("unread")} </span>}
        {text}
      </Link>
      <span className="notification-meta">
        <RelativeTime iso={item.createdAt} />
        <button type="button" className="link-button" onClick={onToggleRead} aria-describedby={linkId}>
          {item.read ? t("markUnread") : t("markRead")}
        </button>
      </span>
    </li>
  );
}
