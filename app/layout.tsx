import type { Metadata } from "next";
import { readConfig } from "@/lib/config";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { siteName, siteUrl } = readConfig();
  return { title: { default: siteName, template: `%s | ${siteName}` }, metadataBase: new URL(siteUrl) };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ru">
      <body>{children}</body>
    </html>
  );
}
