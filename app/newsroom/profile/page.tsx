// The signed-in staff member's own page: who they are, the language the
// newsroom speaks to them (their choice, or the site's language), changing
// their password, two-factor sign-in, and signing out on every device. Someone whose role requires
// two-factor sign-in and who has not set it up is sent here, and sees only
// that until they have.
import type { Metadata } from "next";
import { RoleName } from "@/components/newsroom/role-name";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { getSessionUser, requireUser } from "@/lib/auth/session";
import { localeMeta } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { languageChoices } from "@/lib/settings/site-settings";
import { siteLocale, siteSettings } from "@/lib/site/settings";
import { LanguageForm } from "@/app/newsroom/profile/language-form";
import { PasswordForm } from "@/app/newsroom/profile/password-form";
import { TwoFactorSection } from "@/app/newsroom/profile/two-factor-section";
import { SignOutEverywhereButton } from "@/app/newsroom/sign-out-button";
import styles from "@/app/newsroom/profile/profile.module.css";

export async function generateMetadata(): Promise<Metadata> {
  // getSessionUser: someone still to set up two-factor sign-in lands here, in their own language too.
  const t = getT(await newsroomLocale(await getSessionUser()), "newsroom");
  return { title: t("profile.title"), robots: { index: false } };
}

export default async function ProfilePage() {
  const user = await requireUser("newsroom:enter", { settingUpTwoFactor: true });
  const locale = await newsroomLocale(user);
  const t = getT(locale, "newsroom");
  const site = await siteLocale();
  const { timeZone } = await siteSettings();
  const mustSetUpTwoFactor = (await getSessionUser())?.mustSetUpTwoFactor ?? false;
  return (
    <>
      <h1>{t("profile.title")}</h1>
      <dl className={styles.facts}>
        <dt>{t("profile.name")}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t("profile.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("profile.role")}</dt>
        <dd>
          <RoleName role={user.role} />
        </dd>
      </dl>
      {mustSetUpTwoFactor ? null : (
        <>
          <LanguageForm current={user.language} languages={languageChoices()} site={{ code: site, name: localeMeta(site).name }} />
          <PasswordForm minLength={MIN_PASSWORD_LENGTH} />
        </>
      )}
      <TwoFactorSection user={user} locale={locale} timeZone={timeZone} />
      <section aria-labelledby="sessions-heading" className={styles.sessions}>
        <h2 id="sessions-heading">{t("profile.sessionsHeading")}</h2>
        <p className="hint">{t("profile.sessionsHint")}</p>
        <SignOutEverywhereButton userId={user.id} />
      </section>
    </>
  );
}
