// The newsroom's admin and sign-in client components render in every
// interface language with every message they ask for, using only the groups
// the newsroom layout (and the sign-in pages) hand to the browser. Server
// actions, the router and next-auth are stood in for; no database.
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { availableLocales } from "@/lib/i18n/catalogue";
import { WRITING_DEFAULTS } from "@/lib/settings/writing";
import { API_SETTING_DEFAULTS } from "@/lib/settings/api";
import { VIDEO_SETTING_DEFAULTS } from "@/lib/settings/video";
import { actionStub, renderInNewsroom as render, say } from "@/tests/support/render-newsroom";


vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
vi.mock("next-auth/react", () => ({ signIn: async () => ({ ok: true }), signOut: async () => {} }));
const stub = actionStub;
for (const action of ["change-role", "create-user", "issue-password-link", "set-disabled", "set-password", "sign-out-everywhere", "set-language"]) {
  vi.doMock(`@/lib/actions/users/${action}`, stub);
}
for (const action of ["create-section", "delete-tag", "move-section", "rename-tag", "update-section"]) vi.doMock(`@/lib/actions/taxonomy/${action}`, stub);
for (const action of ["delete-media", "update-media"]) vi.doMock(`@/lib/actions/media/${action}`, stub);
vi.doMock("@/lib/actions/settings/update-settings", stub);

describe("newsroom admin screens", () => {
  for (const locale of availableLocales()) {
    it(`render in ${locale}`, async () => {
      const { SettingsForm } = await import("@/app/newsroom/settings/settings-form");
      const settings = render(
        locale,
        createElement(SettingsForm, {
          initial: { siteName: "Báo Nghệ An", tagline: "", timeZone: "Asia/Ho_Chi_Minh", footerText: "", siteLanguage: "vi", featuredSlots: 5, coverAsLeadImage: true, ...WRITING_DEFAULTS, ...API_SETTING_DEFAULTS, ...VIDEO_SETTING_DEFAULTS },
          timeZones: ["Asia/Ho_Chi_Minh"],
          languages: [
            { code: "en", name: "English" },
            { code: "vi", name: "Tiếng Việt" },
          ],
          featuredSlots: { min: 1, max: 12 },
        }),
      );
      expect(settings).toContain(say(locale, "settings.siteLanguage"));
      expect(settings).toContain(say(locale, "settings.save"));
      expect(settings).toContain(say(locale, "settings.smartTypography"));
      expect(settings).toMatch(/<input type="number"[^>]* name="seoTitleLength" value="60"\/>/);
      expect(settings).toMatch(/<input[^>]* name="videoMaxMegabytes"[^>]* value="200"\/>/);
      expect(settings).toMatch(/<option value="vi" lang="vi" selected="">Tiếng Việt<\/option>/);

      const { UsersAdmin } = await import("@/app/newsroom/users/users-admin");
      const users = render(
        locale,
        createElement(UsersAdmin, {
          currentUserId: "u1",
          users: [
            { id: "u1", email: "hoa@example.com", displayName: "Hoa", role: "ADMIN", hasPassword: true, twoFactor: true, disabledSince: null },
            { id: "u2", email: "nam@example.com", displayName: "Nam", role: "REPORTER", hasPassword: false, twoFactor: false, disabledSince: "23/06/2023 12:04" },
          ],
        }),
      );
      expect(users).toContain(say(locale, "users.caption", { count: 2 }));
      expect(users).toContain(say(locale, "auth.roles.REPORTER"));
      expect(users).toContain(say(locale, "users.disabledSince", { date: "23/06/2023 12:04" }));
      // Only Hoa has two-factor sign-in, so only her row offers to turn it off.
      expect(users).toContain(say(locale, "users.stateTwoFactor"));
      expect(users.split(`>${say(locale, "users.clearTwoFactor")}</button>`).length - 1).toBe(1);

      const { MediaLibrary } = await import("@/app/newsroom/media/media-library");
      const media = render(
        locale,
        createElement(MediaLibrary, {
          q: "",
          total: 2,
          limits: { maxUploadBytes: 10 * 1024 * 1024, maxTextLength: 500, accept: "image/png" },
          items: [
            {
              id: "m1",
              src: "/media/x-960.webp",
              srcSet: "/media/x-960.webp 960w",
              width: 960,
              height: 640,
              alt: "",
              caption: "",
              credit: "",
              originalName: "ferry.png",
              kind: "image",
              focalX: null,
              focalY: null,
              createdAt: "2023-06-23T05:04:00.000Z",
              sizeBytes: 1536 * 1024,
              usage: 2,
              uploadedById: "u1",
              manageable: true,
            },
            // Someone else's, for a reporter: no edit or delete on its card.
            {
              id: "m2",
              src: "/media/y-960.webp",
              srcSet: "/media/y-960.webp 960w",
              width: 960,
              height: 640,
              alt: "",
              caption: "",
              credit: "",
              originalName: "market.png",
              kind: "image",
              focalX: null,
              focalY: null,
              createdAt: "2023-06-23T05:04:00.000Z",
              sizeBytes: 1024,
              usage: 0,
              uploadedById: "u2",
              manageable: false,
            },
          ],
        }),
      );
      expect(media).toContain(say(locale, "media.usedIn", { count: 2 }));
      expect(media.split(`>${say(locale, "common.delete")}</button>`).length - 1).toBe(1);
      expect(media.split(`>${say(locale, "media.editTexts")}</summary>`).length - 1).toBe(1);
      // Sizes and dates as the language writes them, in the site's time zone.
      expect(media).toContain(locale === "vi" ? "1,5 MB" : "1.5 MB");
      expect(media).toContain(locale === "vi" ? "23/06/2023" : "June 23, 2023");

      const { TaxonomyAdmin } = await import("@/app/newsroom/sections/taxonomy-admin");
      const taxonomy = render(
        locale,
        createElement(TaxonomyAdmin, {
          sections: [{ id: "s1", name: "Thời sự", names: '{"en":"News"}', slug: "thoi-su", description: "", articles: 1200 }],
          tags: [{ id: "t1", name: "Lũ", slug: "lu", articles: 3 }],
          languages: [{ code: "en", label: say(locale, "sections.nameIn", { code: "en", language: "English" }) }],
        }),
      );
      expect(taxonomy).toContain(say(locale, "sections.create"));
      // The English name is a field of its own, and the list speaks the newsroom user's language.
      expect(taxonomy).toContain(locale === "vi" ? "Tên tiếng Anh" : "Name in English");
      expect(taxonomy).toContain('name="names.en"');
      expect(taxonomy).toContain(`aria-label="${say(locale, "sections.moveUp", { name: locale === "en" ? "News" : "Thời sự" })}"`);
      expect(taxonomy).toContain(locale === "vi" ? "1.200" : "1,200");

      const { LanguageForm } = await import("@/app/newsroom/profile/language-form");
      const profile = render(
        locale,
        createElement(LanguageForm, {
          current: null,
          languages: [
            { code: "en", name: "English" },
            { code: "vi", name: "Tiếng Việt" },
          ],
          site: { code: "vi", name: "Tiếng Việt" },
        }),
      );
      expect(profile).toContain(say(locale, "newsroom.profile.siteLanguage", { name: "Tiếng Việt" }));
      expect(profile).toContain(say(locale, "newsroom.profile.save"));

      const { SignOutButton, SignOutEverywhereButton } = await import("@/app/newsroom/sign-out-button");
      const { RoleName } = await import("@/components/newsroom/role-name");
      const header = render(locale, createElement("div", null, createElement(RoleName, { role: "EDITOR" }), createElement(SignOutButton, { userId: "u1" }), createElement(SignOutEverywhereButton, { userId: "u1" })));
      expect(header).toContain(say(locale, "auth.roles.EDITOR"));
      expect(header).toContain(say(locale, "auth.signOutEverywhere"));
    });
  }
});

describe("sign-in screens", () => {
  for (const locale of availableLocales()) {
    it(`render in ${locale}`, async () => {
      const { LoginForm } = await import("@/app/login/login-form");
      const login = render(locale, createElement(LoginForm, { callbackUrl: "/newsroom", initialError: "throttled" }));
      expect(login).toContain(say(locale, "auth.password"));
      expect(login).toContain(say(locale, "auth.throttled"));

      const { SetPasswordForm } = await import("@/app/set-password/[token]/set-password-form");
      const setPassword = render(locale, createElement(SetPasswordForm, { token: "x", email: "lan@example.com", minLength: 10 }));
      expect(setPassword).toContain("<strong>lan@example.com</strong>");
      expect(setPassword).toContain(say(locale, "auth.setPassword.submit"));
    });
  }
});
