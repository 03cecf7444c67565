// The site settings for Next.js's pages and route handlers (the newsroom,
// sign-in), read once per request (React `cache`). The reader site reads
// them per render, with the site's address, in lib/reader/context.ts.
import "server-only";
import { cache } from "react";
import { siteDb as db } from "@/lib/db";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const siteSettings = cache(() => getSiteSettings(db));

/** The site's language (a site setting): the newsroom's, for anyone who chose none. */
export async function siteLocale(): Promise<string> {
  return (await siteSettings()).siteLanguage;
}
