// Previous/next links with stable URLs. Shared with the newsroom's long
// lists, so the language is the caller's: the site's on the reader site, the
// staff member's in the newsroom.
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { siteLocale } from "@/lib/site/settings";

/** `href(n)` builds page n's address; `locale` defaults to the site's language. */
export async function Pagination({ page, pages, href, locale }: { page: number; pages: number; href: (n: number) => string; locale?: string }) {
  if (pages <= 1) return null;
  const language = locale ?? (await siteLocale());
  const t = getT(language, "site");
  return (
    <nav className="pagination" aria-label={t("pages")}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("newer")}
        </Link>
      ) : (
        <span />
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("older")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
