import type { Metadata } from "next";
import { readConfig } from "@/lib/config";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { siteName, siteUrl, siteTagline } = readConfig();
  return {
    title: { default: siteName, template: `%s | ${siteName}` },
    description: siteTagline,
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
