// JSON-LD for search engines: NewsArticle and BreadcrumbList.
import { absoluteMediaUrl, largestVariant } from "@/lib/media/urls";
import { articleLanguage } from "@/lib/site/languages";
import { articlePath, authorPath, sectionPath } from "@/lib/site/paths";

type Site = { siteName: string; siteUrl: string; siteLanguage: string };

type ArticleForLd = {
  title: string;
  lead: string;
  slug: string;
  /** BCP 47; null is the site's language. */
  language: string | null;
  seoDescription: string | null;
  publishedAt: Date | null;
  liveUpdatedAt: Date | null;
  section: { name: string; slug: string };
  authors: { byline: string; bylineSlug: string }[];
  coverMedia: { fileKey: string; variants: string; width: number; height: number } | null;
  corrections: { createdAt: Date }[];
};

/** When the live article last changed: an update or the newest correction. */
export function dateModified(a: Pick<ArticleForLd, "publishedAt" | "liveUpdatedAt" | "corrections">): Date | null {
  const times = [a.publishedAt, a.liveUpdatedAt, ...a.corrections.map((c) => c.createdAt)].filter((d): d is Date => Boolean(d));
  return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
}

export function coverImageUrl(site: Site, cover: ArticleForLd["coverMedia"]): string | undefined {
  return cover ? absoluteMediaUrl(site.siteUrl, cover.fileKey, largestVariant(cover.variants)) : undefined;
}

export function newsArticleLd(site: Site, a: ArticleForLd) {
  const url = site.siteUrl + articlePath(a);
  const image = coverImageUrl(site, a.coverMedia);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    description: a.seoDescription || a.lead,
    ...(image ? { image: [image] } : {}),
    datePublished: a.publishedAt?.toISOString(),
    dateModified: dateModified(a)?.toISOString(),
    author: a.authors.map((x) => ({ "@type": "Person", name: x.byline, url: site.siteUrl + authorPath(x.bylineSlug) })),
    publisher: { "@type": "NewsMediaOrganization", name: site.siteName, url: site.siteUrl + "/" },
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    articleSection: a.section.name,
    // The article's own language: a translation is marked as what it is.
    inLanguage: articleLanguage(a, site.siteLanguage),
  };
}

export function breadcrumbLd(site: Site, a: ArticleForLd) {
  const items = [
    { name: site.siteName, url: site.siteUrl + "/" },
    { name: a.section.name, url: site.siteUrl + sectionPath(a.section.slug) },
    { name: a.title, url: site.siteUrl + articlePath(a) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * Serialises JSON-LD for a <script> element. "<" is escaped so text such as
 * "</script>" in a headline cannot close the element.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
