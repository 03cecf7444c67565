import type { Metadata } from "next";
import { connection } from "next/server";
import { readConfig } from "@/lib/config/env";
import { siteLocale, siteSettings } from "@/lib/site/settings";
import "@/app/globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { siteUrl } = readConfig();
  const { siteName, tagline, siteLanguage } = await siteSettings();
  return {
    title: { default: siteName, template: `%s | ${siteName}` },
    description: tagline || undefined,
    metadataBase: new URL(siteUrl),
    alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: siteName }] } },
    openGraph: { siteName, type: "website", locale: siteLanguage },
  };
}

// The page's language is the site's; the newsroom marks its own part with
// each staff member's language, and article text carries the article's.
// Nothing is rendered at build time, the 404 page included: the site's name
// and language are settings admins change at any time, and a page built
// ahead would keep the build database's values (so the build does not
// depend on the database either: scripts/start.ts BUILD_ENV).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang={await siteLocale()}>
      <body>{children}</body>
    </html>
  );
}
