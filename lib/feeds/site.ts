// The app's Prisma client together with site settings, for the route
// handlers that build feeds and sitemaps.
import "server-only";
import { siteDb as db } from "@/lib/db";
import { publicSite } from "@/lib/site/settings";

export async function siteForFeeds() {
  const s = await publicSite();
  return { db, site: { name: s.siteName, url: s.siteUrl, description: s.tagline, language: s.siteLanguage } };
}
