// The sitemap as files, as news sites split theirs: /sitemap.xml is a
// sitemap index naming child sitemaps at /sitemaps/<name>: "pages.xml" (home,
// sections, tags, bylines) and one per month of publication, "2026-11.xml",
// each continued in "-2", "-3"… files when it holds more addresses than the
// per-file limit, so no address is ever left out. Months are UTC calendar
// months of the publication time (of the creation time for an article
// published without one). The addresses themselves come from sitemap.ts.
import type { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db/client";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { articleUrls, pageUrls, SITEMAP_MAX_URLS, type SitemapUrl } from "@/lib/feeds/sitemap";

/**
 * Addresses per child sitemap. Below the sitemaps.org limit (SITEMAP_MAX_URLS)
 * because a file must also stay under 50 MB, and an article with a few
 * hreflang alternates takes about a kilobyte.
 */
export const SITEMAP_FILE_URLS = 10_000;

/** Where the child sitemaps are served (app/sitemaps/[file]/route.ts; a reserved section name). */
export const SITEMAPS_PATH = "/sitemaps";

export type SitemapFileOptions = {
  /** Addresses per file (tests use a small one). */
  limit?: number;
  /** The language of articles that name none; the site's setting by default. */
  siteLanguage?: string;
};

type Part = { kind: "pages" } | { kind: "month"; year: number; month: number };

/** A file's name: the part, then "-<n>" from its second file on. */
function fileName(part: Part, page: number): string {
  const base = part.kind === "pages" ? "pages" : `${part.year}-${String(part.month).padStart(2, "0")}`;
  return `${base}${page > 1 ? `-${page}` : ""}.xml`;
}

/** The part and page a name stands for, or null for any name fileName would not give. */
function parseFileName(name: string): { part: Part; page: number } | null {
  const match = /^(?:(pages)|(\d{4})-(0[1-9]|1[0-2]))(?:-([1-9]\d{0,5}))?\.xml$/.exec(name);
  if (!match) return null;
  const page = match[4] ? Number(match[4]) : 1;
  if (match[4] && page < 2) return null; // the first file has no number
  const part: Part = match[1] ? { kind: "pages" } : { kind: "month", year: Number(match[2]), month: Number(match[3]) };
  return { part, page };
}

function monthKey(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Published articles of one month, by the same date monthKey reads. */
function inMonth(year: number, month: number): Prisma.ArticleWhereInput {
  const range = { gte: new Date(Date.UTC(year, month - 1, 1)), lt: new Date(Date.UTC(year, month, 1)) };
  return { OR: [{ publishedAt: range }, { publishedAt: null, createdAt: range }] };
}

function checkedLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > SITEMAP_MAX_URLS) throw new Error(`A sitemap file holds 1 to ${SITEMAP_MAX_URLS} addresses, not ${limit}`);
  return limit;
}

const latest = (a: Date | undefined, b: Date | undefined) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * The entries of the sitemap index: every child file with its absolute
 * address and when what it lists last changed (for a month split in several
 * files, the month's latest change).
 */
export async function sitemapIndexEntries(db: Db, siteUrl: string, { limit = SITEMAP_FILE_URLS }: SitemapFileOptions = {}): Promise<{ loc: string; lastmod?: Date }[]> {
  checkedLimit(limit);
  const [pages, articles] = await Promise.all([
    pageUrls(db, siteUrl),
    db.article.findMany({ where: { status: "PUBLISHED" }, select: { publishedAt: true, createdAt: true, liveUpdatedAt: true } }),
  ]);
  const months = new Map<string, { count: number; lastmod?: Date }>();
  for (const a of articles) {
    const key = monthKey(a.publishedAt ?? a.createdAt);
    const month = months.get(key) ?? { count: 0 };
    months.set(key, { count: month.count + 1, lastmod: latest(month.lastmod, a.liveUpdatedAt ?? a.publishedAt ?? undefined) });
  }
  const entries: { loc: string; lastmod?: Date }[] = [];
  const add = (part: Part, count: number, lastmod?: Date) => {
    for (let page = 1; page <= Math.ceil(count / limit); page++) entries.push({ loc: `${siteUrl}${SITEMAPS_PATH}/${fileName(part, page)}`, lastmod });
  };
  add({ kind: "pages" }, pages.length, pages[0].lastmod);
  // Newest month first.
  for (const key of [...months.keys()].sort().reverse()) {
    const [year, month] = key.split("-").map(Number);
    add({ kind: "month", year, month }, months.get(key)!.count, months.get(key)!.lastmod);
  }
  return entries;
}

/**
 * The addresses of the child file called `name` (as the index names it,
 * "2026-11.xml"), or null when there is no such file: a name the index
 * would not give, a month without articles, a page past the last.
 */
export async function sitemapFileUrls(db: Db, siteUrl: string, name: string, options: SitemapFileOptions = {}): Promise<SitemapUrl[] | null> {
  const limit = checkedLimit(options.limit ?? SITEMAP_FILE_URLS);
  const file = parseFileName(name);
  if (!file) return null;
  const skip = (file.page - 1) * limit;
  let urls: SitemapUrl[];
  if (file.part.kind === "pages") {
    urls = (await pageUrls(db, siteUrl)).slice(skip, skip + limit);
  } else {
    const language = options.siteLanguage ?? (await getSiteSettings(db)).siteLanguage;
    urls = await articleUrls(db, siteUrl, language, inMonth(file.part.year, file.part.month), { skip, take: limit });
  }
  return urls.length ? urls : null;
}
