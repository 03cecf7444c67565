import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { listSections } from "@/lib/articles/queries";
import { readConfig } from "@/lib/config";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const { siteName, siteTagline } = readConfig();
  const sections = await listSections();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader siteName={siteName} sections={sections} />
      <main id="main" className="wrap site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={siteName} tagline={siteTagline} sections={sections} />
    </>
  );
}
