// The signed-in staff member's own page: who they are, and the language the
// newsroom speaks to them (their choice, or the site's language).
import type { Metadata } from "next";
import { RoleName } from "@/components/newsroom/role-name";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { localeMeta } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { languageChoices } from "@/lib/settings/site-settings";
import { siteLocale } from "@/lib/site/settings";
import { LanguageForm } from "@/app/newsroom/profile/language-form";
import styles from "@/app/newsroom/profile/profile.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "newsroom");
  return { title: t("profile.title"), robots: { index: false } };
}

export default async function ProfilePage() {
  const user = await requireUser();
  const t = getT(await newsroomLocale(user), "newsroom");
  const site = await siteLocale();
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
      <LanguageForm current={user.language} languages={languageChoices()} site={{ code: site, name: localeMeta(site).name }} />
    </>
  );
}
