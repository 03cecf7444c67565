// The site settings for pages and route handlers, read once per request
// (React `cache`). A change made in /newsroom/settings regenerates the pages
// (lib/cache.ts), so it reaches readers within seconds.
import "server-only";
import { cache } from "react";
import { readConfig } from "./config";
import { siteDb as db } from "./db";
import { getSiteSettings, type SiteSettings } from "./settings";

export const siteSettings = cache(() => getSiteSettings(db));

export type PublicSite = SiteSettings & { siteUrl: string };

/**
 * The editable settings together with the one that stays in the environment
 * (the address), in the shape lib/structured-data.ts expects.
 */
export async function publicSite(): Promise<PublicSite> {
  const { siteUrl } = readConfig();
  return { ...(await siteSettings()), siteUrl };
}

/** The reader site's interface language (a site setting). */
export async function siteLocale(): Promise<string> {
  return (await siteSettings()).siteLanguage;
}
