// The article page's <head>: title, description, canonical address, hreflang
// alternates of every language version, Open Graph and Twitter cards.
// A function of its own so tests can check what the page declares.
import type { Metadata } from "next";
import type { PublishedArticle } from "@/lib/articles/queries";
import { articleLanguage, languageAlternates } from "@/lib/site/languages";
import { articlePath } from "@/lib/site/paths";
import type { PublicSite } from "@/lib/site/settings";
import { coverImageUrl, dateModified } from "@/lib/site/structured-data";

export function articleMetadata(article: PublishedArticle, site: PublicSite): Metadata {
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.lead;
  const image = coverImageUrl(site, article.coverMedia);
  const modified = dateModified(article);
  const language = articleLanguage(article, site.siteLanguage);
  const otherLanguages = [...new Set(article.translations.map((tr) => articleLanguage(tr, site.siteLanguage)))].filter((l) => l !== language);
  return {
    title,
    description,
    alternates: {
      canonical: articlePath(article),
      // <link rel="alternate" hreflang="…"> for every language version, this one included.
      languages: languageAlternates(site.siteUrl, site.siteLanguage, article, article.translations),
    },
    openGraph: {
      type: "article",
      title,
      description,
      url: articlePath(article),
      siteName: site.siteName,
      locale: language,
      ...(otherLanguages.length ? { alternateLocale: otherLanguages } : {}),
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: modified?.toISOString(),
      section: article.section.name,
      authors: article.authors.map((a) => a.byline),
      tags: article.tags.map((t) => t.tag.name),
      ...(image && article.coverMedia
        ? { images: [{ url: image, width: article.coverMedia.width, height: article.coverMedia.height, alt: article.coverMedia.alt }] }
        : {}),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, ...(image ? { images: [image] } : {}) },
  };
}
