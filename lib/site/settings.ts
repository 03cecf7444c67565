// The site settings for pages and route handlers, read once per request
// (React `cache`). A change made in /newsroom/settings regenerates the pages
// (lib/cache/refresh.ts), so it reaches readers within seconds.
import "server-only";
import { cache } from "react";
import { readConfig } from "@/lib/config/env";
import { siteDb as db } from "@/lib/db";
import { getSiteSettings, type SiteSettings } from "@/lib/settings/site-settings";

export const siteSettings = cache(() => getSiteSettings(db));

export type PublicSite = SiteSettings & { siteUrl: string };

/**
 * The editable settings together with the one that stays in the environment
 * (the address), in the shape lib/site/structured-data.ts expects.
 */
export async function publicSite(): Promise<PublicSite> {
  const { siteUrl } = readConfig();
  return { ...(await siteSettings()), siteUrl };
}

/** The reader site's interface language (a site setting). */
export async function siteLocale(): Promise<string> {
  return (await siteSettings()).siteLanguage;
}
