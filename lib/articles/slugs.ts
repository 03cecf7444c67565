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
