// The previous/next page links under the desk's article table. The addresses
// come ready-made from deskHref (lib/articles/desk-query.ts), so they keep the
// view and filters; this only lays them out, in the staff member's language.
import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export function DeskPager({ previous, next, locale }: { previous: string | null; next: string | null; locale: string }) {
  if (!previous && !next) return null;
  const t = getT(locale, "newsroom");
  return (
    <nav className="pagination" aria-label={t("dashboard.pagesLabel")}>
      {previous ? (
        <Link href={previous} rel="prev">
          {t("dashboard.previousPage")}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next} rel="next">
          {t("dashboard.nextPage")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
