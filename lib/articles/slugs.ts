// The address an article gets: a slug from its title (lib/text/slug.ts), unique in
// its section, never a path the site reserves, and never an old address that
// still redirects to another article.
import type { Tx } from "@/lib/db/client";
import { RESERVED_ARTICLE_SLUGS, slugify, uniqueSlug } from "@/lib/text/slug";

export async function availableArticleSlug(
  tx: Tx,
  sectionId: string,
  wanted: string,
  exceptArticleId?: string,
): Promise<string> {
  const section = await tx.section.findUniqueOrThrow({ where: { id: sectionId }, select: { slug: true } });
  return uniqueSlug(slugify(wanted), async (candidate) => {
    if (RESERVED_ARTICLE_SLUGS.has(candidate)) return true;
    const [articles, redirects] = await Promise.all([
      tx.article.count({ where: { sectionId, slug: candidate, ...(exceptArticleId ? { id: { not: exceptArticleId } } : {}) } }),
      tx.slugRedirect.count({
        where: { sectionSlug: section.slug, slug: candidate, ...(exceptArticleId ? { articleId: { not: exceptArticleId } } : {}) },
      }),
    ]);
    return articles + redirects > 0;
  });
}

/**
 * Until first publication the slug follows the title, unless someone typed
 * one: a slug that is the title's (or the title's with a number added to
 * make it free) counts as not chosen. The editor then shows the field empty.
 */
export function slugFollowsTitle(article: { slug: string; title: string; publishedAt: Date | null }): boolean {
  const fromTitle = slugify(article.title || "untitled");
  return !article.publishedAt && (article.slug === fromTitle || article.slug.startsWith(`${fromTitle}-`));
}
