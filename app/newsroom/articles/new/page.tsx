import type { Metadata } from "next";
import { NewArticleForm } from "@/app/newsroom/articles/new/new-article-form";
import { languageOptions } from "@/lib/articles/languages";
import { listSections } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { availableLocales } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";
import { sectionsIn } from "@/lib/taxonomy/section-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "editor");
  return { title: t("pages.new") };
}

export default async function NewArticlePage() {
  const user = await requireUser("article:create");
  const locale = await newsroomLocale(user);
  const t = getT(locale, "editor");
  const sections = await listSections(db);
  const { siteLanguage } = await siteSettings();
  return (
    <>
      <h1>{t("pages.new")}</h1>
      <NewArticleForm
        sections={sectionsIn(sections, locale)}
        languages={languageOptions(availableLocales(), [siteLanguage])}
        siteLanguage={siteLanguage}
      />
    </>
  );
}
