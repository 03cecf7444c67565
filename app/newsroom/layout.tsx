// The newsroom's frame around every staff page: the header (the site's name,
// the notification bell and the menu of pages, components/newsroom/nav/) and
// the language the person reads the newsroom in.
import type { Metadata } from "next";
import Link from "next/link";
import { I18nProvider } from "@/components/i18n-provider";
import { NotificationBell } from "@/components/newsroom/notifications/notification-bell";
import { RoleName } from "@/components/newsroom/role-name";
import { SignOutButton } from "@/app/newsroom/sign-out-button";
import { NewsroomMenu } from "@/components/newsroom/nav/newsroom-menu";
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
  const { timeZone, siteName } = await siteSettings();
  const t = getT(locale, "newsroom");
  const ta = getT(locale, "auth");
  return (
    <I18nProvider locale={locale} timeZone={timeZone} messages={pickMessages(loadMessages(locale), NEWSROOM_CLIENT_GROUPS)}>
      <div className="newsroom" lang={locale}>
        <header className="newsroom-header">
          {/* The site's name, as on the sign-in page. */}
          <Link href="/newsroom" className="newsroom-brand">
            {ta("heading", { siteName })}
          </Link>
          <div className="newsroom-header-tools">
            <NotificationBell />
            <NewsroomMenu label={t("nav.label")} buttonLabel={t("nav.menu")}>
              <ul className="newsroom-links">
                <li className="newsroom-who">
                  <Link href="/newsroom/profile" data-testid="current-user" title={t("nav.profileTitle")}>
                    {user.displayName}
                  </Link>
                  <span className="role" data-testid="current-role">
                    <RoleName role={user.role} />
                  </span>
                </li>
                <NavLink href="/newsroom/media">{t("nav.media")}</NavLink>
                <NavLink href="/newsroom/dictionary">{t("nav.dictionary")}</NavLink>
                {can(user.role, "taxonomy:manage") ? <NavLink href="/newsroom/sections">{t("nav.sections")}</NavLink> : null}
                {can(user.role, "users:manage") ? <NavLink href="/newsroom/users">{t("nav.users")}</NavLink> : null}
                {can(user.role, "settings:manage") ? <NavLink href="/newsroom/settings">{t("nav.settings")}</NavLink> : null}
                {can(user.role, "api:manage") ? <NavLink href="/newsroom/api">{t("nav.api")}</NavLink> : null}
                {can(user.role, "audit:read") ? <NavLink href="/newsroom/audit">{t("nav.audit")}</NavLink> : null}
                <NavLink href="/">{t("nav.viewSite")}</NavLink>
                <li>
                  <SignOutButton userId={user.id} />
                </li>
              </ul>
            </NewsroomMenu>
          </div>
        </header>
        <main className="newsroom-main">{children}</main>
      </div>
    </I18nProvider>
  );
}

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <li>
      <Link href={href}>{children}</Link>
    </li>
  );
}
