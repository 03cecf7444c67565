import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { listSections } from "@/lib/articles/queries";
import { getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";

// The reader site speaks the site's language (a site setting).
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [{ siteName, tagline, footerText, siteLanguage }, sections] = await Promise.all([siteSettings(), listSections()]);
  const t = getT(siteLanguage, "site");
  return (
    <>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <SiteHeader siteName={siteName} sections={sections} locale={siteLanguage} />
      <main id="main" className="wrap site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={siteName} tagline={tagline} footerText={footerText} sections={sections} locale={siteLanguage} />
    </>
  );
}
