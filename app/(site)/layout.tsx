import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { readConfig } from "@/lib/config";
import { db } from "@/lib/db";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const { siteName } = readConfig();
  const sections = await db.section.findMany({ orderBy: { position: "asc" }, select: { name: true, slug: true } });
  return (
    <>
      <SiteHeader siteName={siteName} sections={sections} />
      <main className="wrap site-main">{children}</main>
      <SiteFooter siteName={siteName} />
    </>
  );
}
