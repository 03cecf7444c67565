// The app's Prisma client together with site settings, for the route
// handlers that build feeds and sitemaps.
import "server-only";
import { readConfig } from "./config";
import { db } from "./db";

export function siteForFeeds() {
  const c = readConfig();
  return { db, site: { name: c.siteName, url: c.siteUrl, description: c.siteTagline, language: c.siteLanguage } };
}
