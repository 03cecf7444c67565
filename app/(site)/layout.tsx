import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { listSections } from "@/lib/articles/queries";
import { siteSettings } from "@/lib/site-settings";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [{ siteName, tagline, footerText }, sections] = await Promise.all([siteSettings(), listSections()]);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader siteName={siteName} sections={sections} />
      <main id="main" className="wrap site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={siteName} tagline={tagline} footerText={footerText} sections={sections} />
    </>
  );
}
