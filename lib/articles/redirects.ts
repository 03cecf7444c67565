// Old addresses of articles whose slug or section changed. The reader site
// looks here only when no published article has the requested address, so a
// normal article costs no lookup (and a cached one no query at all).
import type { Db } from "@/lib/db/client";

/** Where an old address of a published article points now, if anywhere. */
export async function redirectTarget(db: Db, sectionSlug: string, slug: string): Promise<string | null> {
  const hit = await db.slugRedirect.findUnique({
    where: { sectionSlug_slug: { sectionSlug, slug } },
    select: { article: { select: { slug: true, status: true, section: { select: { slug: true } } } } },
  });
  if (!hit || hit.article.status !== "PUBLISHED") return null;
  return `/${hit.article.section.slug}/${hit.article.slug}`;
}
