import type { Metadata } from "next";
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
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={await siteLocale()}>
      <body>{children}</body>
    </html>
  );
}
