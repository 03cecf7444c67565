// The site settings for pages and route handlers, read once per request
// (React `cache`). Pages are regenerated every 10 s, so a change made in
// /newsroom/settings reaches readers within seconds.
import "server-only";
import { cache } from "react";
import { readConfig } from "./config";
import { siteDb as db } from "./db";
import { getSiteSettings, type SiteSettings } from "./settings";

export const siteSettings = cache(() => getSiteSettings(db));

export type PublicSite = SiteSettings & { siteUrl: string; siteLanguage: string };

/**
 * The editable settings together with the ones that stay in the environment
 * (address and language), in the shape lib/structured-data.ts expects.
 */
export async function publicSite(): Promise<PublicSite> {
  const { siteUrl, siteLanguage } = readConfig();
  return { ...(await siteSettings()), siteUrl, siteLanguage };
}
