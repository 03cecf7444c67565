// Previous/next links with stable URLs. Shared with the newsroom's long
// lists, so the language is the caller's: the site's on the reader site, the
// staff member's in the newsroom.
import { getT } from "@/lib/i18n/server";

/** `href(n)` builds page n's address. */
export function Pagination({ page, pages, href, locale }: { page: number; pages: number; href: (n: number) => string; locale: string }) {
  if (pages <= 1) return null;
  const t = getT(locale, "site");
  return (
    <nav className="pagination" aria-label={t("pages")}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t("newer")}
        </a>
      ) : (
        <span />
      )}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t("older")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
