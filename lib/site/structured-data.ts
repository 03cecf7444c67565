// JSON-LD for search engines: NewsArticle, BreadcrumbList and the body's videos (VideoObject).
import { socialImage, structuredDataImages } from "@/lib/media/focal-sources";
import { isoDuration, videosInHtml } from "@/lib/content/videos";
import { galleryImagesInHtml } from "@/lib/content/galleries";
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
  coverMedia: { fileKey: string; variants: string; width: number; height: number; renditionKey?: string | null; renditions?: string | null } | null;
  corrections: { createdAt: Date }[];
};

/** When the live article last changed: an update or the newest correction. */
export function dateModified(a: Pick<ArticleForLd, "publishedAt" | "liveUpdatedAt" | "corrections">): Date | null {
  const times = [a.publishedAt, a.liveUpdatedAt, ...a.corrections.map((c) => c.createdAt)].filter((d): d is Date => Boolean(d));
  return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
}

/** The cover as social cards show it: its 1200×630 crop, else its widest variant (lib/media/focal-sources.ts). */
export function coverImageUrl(site: Site, cover: ArticleForLd["coverMedia"]): string | undefined {
  return cover ? socialImage(site.siteUrl, cover).url : undefined;
}

export function newsArticleLd(site: Site, a: ArticleForLd & { bodyHtml?: string }) {
  const url = site.siteUrl + articlePath(a);
  // Google asks for several ratios: the 16:9, 4:3 and 1:1 crops (the 16:9 at least 1200 px wide where the image allows).
  const cover = a.coverMedia ? structuredDataImages(site.siteUrl, a.coverMedia) : [];
  // Then the galleries' pictures, in the body's order (lib/content/galleries.ts).
  const gallery = galleryImagesInHtml(a.bodyHtml ?? "").map((g) => (g.src.startsWith("/") ? site.siteUrl + g.src : g.src));
  const images = [...new Set([...cover, ...gallery])];
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    description: a.seoDescription || a.lead,
    ...(images.length ? { image: images } : {}),
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

/**
 * A VideoObject for each uploaded video in the body (lib/content/videos.ts
 * videosInHtml reads them from the stored HTML): the video becomes public
 * with the article, so its uploadDate is the article's publication.
 */
export function videoObjectsLd(site: Site, a: ArticleForLd & { bodyHtml: string }) {
  const absolute = (url: string) => (url.startsWith("/") ? site.siteUrl + url : url);
  const fallbackImage = coverImageUrl(site, a.coverMedia);
  return videosInHtml(a.bodyHtml).map((v) => {
    const thumbnail = v.poster ? absolute(v.poster) : fallbackImage;
    return {
      "@context": "https://schema.org",
      "@type": "VideoObject",
      name: v.title || v.caption || a.title,
      description: v.caption || v.title || a.seoDescription || a.lead || a.title,
      ...(thumbnail ? { thumbnailUrl: [thumbnail] } : {}),
      uploadDate: a.publishedAt?.toISOString(),
      contentUrl: absolute(v.src),
      ...(v.durationSeconds ? { duration: isoDuration(v.durationSeconds) } : {}),
      ...(v.type ? { encodingFormat: v.type } : {}),
    };
  });
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
