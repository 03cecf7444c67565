import type { MetadataRoute } from "next";
import { readConfig } from "@/lib/config/env";

export default function robots(): MetadataRoute.Robots {
  const { siteUrl } = readConfig();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/newsroom", "/login", "/api/", "/search"] },
    sitemap: [`${siteUrl}/sitemap.xml`, `${siteUrl}/news-sitemap.xml`],
  };
}
