// The comments sidebar, the Comment button, the mention box and the
// notification bell render in every interface language with every message
// they ask for, from the groups the newsroom layout hands to the browser.
// Server actions are stood in for; no database, no live stream (effects do
// not run on the server).
import { NEWSROOM_CLIENT_GROUPS } from "@/lib/i18n/client-groups";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { IntlProvider } from "use-intl";
import { describe, expect, it, vi } from "vitest";
import { availableLocales, loadMessages, messageFor, pickMessages } from "@/lib/i18n/catalogue";

type IntlProps = ComponentProps<typeof IntlProvider>;

const stub = () => new Proxy({}, { get: (_t, name) => (name === "then" ? undefined : async () => ({ ok: true })) });
for (const action of ["create-thread", "delete-comment", "edit-comment", "list-threads", "reply", "set-thread-resolved"]) vi.doMock(`@/lib/actions/comments/${action}`, stub);
for (const action of ["list-notifications", "mark-notifications", "list-staff-for-mentions"]) vi.doMock(`@/lib/actions/notifications/${action}`, stub);

/** What these components need of the groups app/newsroom/layout.tsx gives the browser. */
const GROUPS = NEWSROOM_CLIENT_GROUPS;

function render(locale: string, element: ReactElement): string {
  const errors: string[] = [];
  const config: Omit<IntlProps, "children"> = {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: pickMessages(loadMessages(locale), GROUPS),
    onError: (e: Error) => void errors.push(e.message),
  };
  const html = renderToString(createElement(IntlProvider, config as IntlProps, element));
  expect(errors).toEqual([]);
  return html;
}

const say = (locale: string, key: string, values?: Record<string, string | number>) =>
  messageFor(locale, key, values).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

describe("comments and notifications", () => {
  for (const locale of availableLocales()) {
    it(`render in ${locale}`, async () => {
      const { CommentsSidebar } = await import("@/components/newsroom/comments/comments-sidebar");
      const sidebar = render(locale, createElement(CommentsSidebar, { articleId: "a1", editor: null }));
      expect(sidebar).toContain(say(locale, "comments.title"));
      expect(sidebar).toContain(say(locale, "comments.loading"));
      // Nothing selected: the Comment button says why it does nothing, and stays focusable.
      expect(sidebar).toContain('aria-disabled="true"');
      expect(sidebar).toContain(say(locale, "comments.selectFirst"));
      expect(sidebar).toContain('aria-keyshortcuts="Control+Alt+M Meta+Alt+M"');

      const { MentionInput } = await import("@/components/newsroom/comments/mention-input");
      const box = render(locale, createElement(MentionInput, { value: { text: "@Ho", picked: [] }, onChange: () => {}, label: "L" }));
      expect(box).toContain('aria-autocomplete="list"');
      expect(box).toContain(say(locale, "comments.mentionHint"));

      const { NotificationBell } = await import("@/components/newsroom/notifications/notification-bell");
      const bell = render(locale, createElement(NotificationBell));
      expect(bell).toContain(`aria-label="${say(locale, "notifications.bell", { count: 0 })}"`);
      expect(bell).toContain('aria-expanded="false"');
      expect(bell).toContain(say(locale, "notifications.markAllRead"));
    });
  }
});
