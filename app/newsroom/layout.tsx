import type { Metadata } from "next";
import Link from "next/link";
import { I18nProvider } from "@/components/i18n-provider";
import { NotificationBell } from "@/components/newsroom/notifications/notification-bell";
import { RoleName } from "@/components/newsroom/role-name";
import { SignOutButton, SignOutEverywhereButton } from "@/app/newsroom/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { loadMessages, pickMessages } from "@/lib/i18n/catalogue";
import { NEWSROOM_CLIENT_GROUPS } from "@/lib/i18n/client-groups";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "newsroom");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  // Pages check again themselves: a layout is not re-run on every navigation.
  // Someone who must still set up two-factor sign-in gets the frame too: the
  // profile page, where they do, is inside it (every other page sends them there).
  const user = await requireUser("newsroom:enter", { settingUpTwoFactor: true });
  // Everything below, server and client components alike, speaks the user's
  // chosen language (else the site's); /newsroom/profile changes it.
  const locale = await newsroomLocale(user);
  const { timeZone } = await siteSettings();
  const t = getT(locale, "newsroom");
  return (
    <I18nProvider locale={locale} timeZone={timeZone} messages={pickMessages(loadMessages(locale), NEWSROOM_CLIENT_GROUPS)}>
      <div className="newsroom" lang={locale}>
        <header className="newsroom-header">
          <Link href="/newsroom" className="newsroom-brand">
            {t("brand")}
          </Link>
          <div className="whoami">
            <NotificationBell />
            <Link href="/newsroom/profile" data-testid="current-user" title={t("nav.profileTitle")}>
              {user.displayName}
            </Link>
            <span className="role" data-testid="current-role">
              <RoleName role={user.role} />
            </span>
            <Link href="/newsroom/media">{t("nav.media")}</Link>
            {can(user.role, "taxonomy:manage") ? <Link href="/newsroom/sections">{t("nav.sections")}</Link> : null}
            {can(user.role, "users:manage") ? <Link href="/newsroom/users">{t("nav.users")}</Link> : null}
            {can(user.role, "settings:manage") ? <Link href="/newsroom/settings">{t("nav.settings")}</Link> : null}
            {can(user.role, "audit:read") ? <Link href="/newsroom/audit">{t("nav.audit")}</Link> : null}
            <Link href="/">{t("nav.viewSite")}</Link>
            <SignOutButton userId={user.id} />
            <SignOutEverywhereButton userId={user.id} />
          </div>
        </header>
        <main className="newsroom-main">{children}</main>
      </div>
    </I18nProvider>
  );
}
