import type { Metadata } from "next";
import { TaxonomyAdmin } from "@/app/newsroom/sections/taxonomy-admin";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "sections");
  return { title: t("title") };
}

export default async function SectionsPage() {
  await requireUser("taxonomy:manage");
  const [sections, tags] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], include: { _count: { select: { articles: true } } } }),
    db.tag.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } } } }),
  ]);
  return (
    <TaxonomyAdmin
      sections={sections.map((s) => ({ id: s.id, name: s.name, slug: s.slug, description: s.description, articles: s._count.articles }))}
      tags={tags.map((t) => ({ id: t.id, name: t.name, slug: t.slug, articles: t._count.articles }))}
    />
  );
}
