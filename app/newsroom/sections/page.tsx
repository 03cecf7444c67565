import type { Metadata } from "next";
import { TaxonomyAdmin } from "@/app/newsroom/sections/taxonomy-admin";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { taxonomyOverview } from "@/lib/taxonomy/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "sections");
  return { title: t("title") };
}

export default async function SectionsPage() {
  await requireUser("taxonomy:manage");
  const { sections, tags } = await taxonomyOverview(db);
  return <TaxonomyAdmin sections={sections} tags={tags} />;
}
