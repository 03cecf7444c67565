// The comments sidebar, the Comment button, the mention box and the
// notification bell render in every interface language with every message
// they ask for, from the groups the newsroom layout hands to the browser.
// Server actions are stood in for; no database, no live stream (effects do
// not run on the server).
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { availableLocales } from "@/lib/i18n/catalogue";
import { actionStub, renderInNewsroom as render, say } from "@/tests/support/render-newsroom";


const stub = actionStub;
for (const action of ["create-thread", "delete-comment", "edit-comment", "list-threads", "reply", "set-thread-resolved"]) vi.doMock(`@/lib/actions/comments/${action}`, stub);
for (const action of ["list-notifications", "mark-notifications", "list-staff-for-mentions"]) vi.doMock(`@/lib/actions/notifications/${action}`, stub);

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
