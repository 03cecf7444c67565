import type { Metadata } from "next";
import { TaxonomyAdmin } from "@/app/newsroom/sections/taxonomy-admin";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { taxonomyOverview } from "@/lib/taxonomy/queries";
import { availableLocales } from "@/lib/i18n/catalogue";
import { siteLocale } from "@/lib/site/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "sections");
  return { title: t("title") };
}

export default async function SectionsPage() {
  const user = await requireUser("taxonomy:manage");
  const locale = await newsroomLocale(user);
  const t = getT(locale, "sections");
  const { sections, tags } = await taxonomyOverview(db);
  // A name field for every language the site speaks besides its own (`name`).
  const site = await siteLocale();
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const languages = availableLocales()
    .filter((code) => code !== site)
    .map((code) => ({ code, label: t("nameIn", { code, language: languageName.of(code) ?? code }) }));
  return <TaxonomyAdmin sections={sections} tags={tags} languages={languages} />;
}
