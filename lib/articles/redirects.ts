// Old addresses of articles whose slug or section changed. Looked up by the
// proxy for every article-shaped request, so the lookup is one indexed read.
import "server-only";
import { siteDb as db } from "@/lib/db";

/** Where an old address of a published article points now, if anywhere. */
export async function redirectTarget(sectionSlug: string, slug: string): Promise<string | null> {
  const hit = await db.slugRedirect.findUnique({
    where: { sectionSlug_slug: { sectionSlug, slug } },
    select: { article: { select: { slug: true, status: true, section: { select: { slug: true } } } } },
  });
  if (!hit || hit.article.status !== "PUBLISHED") return null;
  return `/${hit.article.section.slug}/${hit.article.slug}`;
}
