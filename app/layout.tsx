import type { Metadata } from "next";
import { readConfig } from "@/lib/config";
import { siteSettings } from "@/lib/site-settings";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { siteUrl } = readConfig();
  const { siteName, tagline } = await siteSettings();
  return {
    title: { default: siteName, template: `%s | ${siteName}` },
    description: tagline || undefined,
    metadataBase: new URL(siteUrl),
    alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: siteName }] } },
    openGraph: { siteName, type: "website" },
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={readConfig().siteLanguage}>
      <body>{children}</body>
    </html>
  );
}
