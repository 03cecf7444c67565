// The desk (/newsroom): the article table through one of the desk's views
// (queues, with live count badges on "returned to me" and, for those who
// review, "awaiting review"), narrowed by filters, a page at a time. On a
// phone (≤ 600 px) the table's rows read as cards (dashboard.module.css).
import Link from "next/link";
import { deskCounts, reviews } from "@/lib/articles/desk-counts";
import { DESK_VIEWS, deskHref, parseDeskQuery, type DeskView } from "@/lib/articles/desk-query";
import { newsroomArticles } from "@/lib/articles/newsroom-queries";
import { listSections } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { newsroomLocale } from "@/lib/i18n/locale";
import { dateFormats, getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";
import { sectionName, sectionsIn } from "@/lib/taxonomy/section-name";
import { toZonedIso } from "@/lib/time/zones";
import { recentViewCounts } from "@/lib/views/queries";
import { DeskPager } from "@/components/newsroom/desk-pager";
import { SectionOptions } from "@/components/newsroom/section-options";
import { FormError } from "@/components/newsroom/form-error";
import { StatusBadge, StatusOptions } from "@/components/newsroom/status-label";
import { DeskCount, DeskCountsProvider } from "@/components/newsroom/desk/desk-counts";
import styles from "@/app/newsroom/dashboard.module.css";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsroomDashboard({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const { timeZone } = await siteSettings();
  const locale = await newsroomLocale(user);
  const t = getT(locale, "newsroom");
  const tc = getT(locale, "common");
  const { dateTime } = dateFormats(locale, timeZone);
  const viewNames: Record<DeskView, string> = {
    all: t("views.all"),
    mine: t("views.mine"),
    returned: t("views.returned"),
    review: t("views.review"),
    scheduled: t("views.scheduled"),
    published: t("views.published"),
  };
  const sections = await listSections(db);
  const { filter, cursor } = parseDeskQuery(params, sections.map((s) => s.id));
  const { view, status } = filter;
  const filtered = Boolean(filter.status || filter.sectionId || filter.author || filter.q);
  const [{ rows: articles, total, previous, next }, counts] = await Promise.all([newsroomArticles(filter, user.id, cursor), deskCounts(db, user)]);
  // Readers' views of each article (lib/views/), for those who choose what is featured.
  const tv = getT(locale, "readership");
  const readership = can(user.role, "article:feature") ? await recentViewCounts(db, articles.map((a) => a.id)) : null;
  return (
    <>
      <div className="dashboard-head">
        <h1>{t("dashboard.welcome", { name: user.displayName })}</h1>
        <Link href="/newsroom/articles/new" className="button">
          {t("dashboard.newArticle")}
        </Link>
      </div>
      {/* Where requireUser() sends someone who opened a page their role does not allow. */}
      {params.denied ? <FormError>{t("dashboard.denied")}</FormError> : null}
      <DeskCountsProvider initial={counts}>
        <nav aria-label={t("dashboard.viewsLabel")} className="desk-views">
          {DESK_VIEWS.map((v) => (
            <Link key={v} href={deskHref({ view: v })} aria-current={v === view ? "page" : undefined}>
              {viewNames[v]}
              {v === "returned" ? <DeskCount which="returned" /> : v === "review" && reviews(user.role) ? <DeskCount which="awaiting" /> : null}
            </Link>
          ))}
        </nav>
      </DeskCountsProvider>
      <form method="get" className="filters" aria-label={t("dashboard.filtersLabel")}>
        {view !== "all" ? <input type="hidden" name="view" value={view} /> : null}
        <label>
          {t("dashboard.status")}
          <select name="status" defaultValue={status ?? ""}>
            <option value="">{tc("any")}</option>
            <StatusOptions />
          </select>
        </label>
        <label>
          {t("dashboard.section")}
          <select name="section" defaultValue={filter.sectionId ?? ""}>
            <option value="">{tc("any")}</option>
            <SectionOptions sections={sectionsIn(sections, locale)} />
          </select>
        </label>
        <label>
          {t("dashboard.author")}
          <input name="author" defaultValue={filter.author ?? ""} />
        </label>
        <label>
          {t("dashboard.text")}
          <input name="q" type="search" defaultValue={filter.q ?? ""} />
        </label>
        <button type="submit">{tc("filter")}</button>
      </form>
      <table className={`article-table ${styles.table}`}>
        <caption>{t("dashboard.caption", { view: viewNames[view], count: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.colTitle")}</th>
            <th scope="col">{t("dashboard.colStatus")}</th>
            <th scope="col">{t("dashboard.colSection")}</th>
            <th scope="col">{t("dashboard.colAuthor")}</th>
            <th scope="col">{t("dashboard.colUpdated")}</th>
            {readership ? (
              <>
                <th scope="col">{tv("day")}</th>
                <th scope="col">{tv("week")}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td className={styles.title}>
                <Link href={`/newsroom/articles/${a.id}`}>{a.title || tc("untitled")}</Link>
                {a.status === "PUBLISHED" ? (
                  <>
                    {" "}
                    <Link href={`/${a.section.slug}/${a.slug}`} className="hint" aria-label={t("dashboard.publicPage", { title: a.title })}>
                      ↗
                    </Link>
                  </>
                ) : null}
                {view === "returned" && a.reviewNote ? (
                  <p className={`hint ${styles.note}`}>
                    <strong>{t("dashboard.deskNote")}</strong> {a.reviewNote}
                  </p>
                ) : null}
              </td>
              <td data-label={t("dashboard.colStatus")}>
                <StatusBadge status={a.status} />
              </td>
              <td data-label={t("dashboard.colSection")}>{sectionName(a.section, locale)}</td>
              <td data-label={t("dashboard.colAuthor")}>{a.authors.map((x) => x.byline).join(", ")}</td>
              <td data-label={t("dashboard.colUpdated")}>
                <time dateTime={toZonedIso(a.updatedAt, timeZone)}>{dateTime(a.updatedAt)}</time>
              </td>
              {readership ? (
                <>
                  <td data-label={tv("day")}>{formatNumber(readership.day.get(a.id) ?? 0, locale)}</td>
                  <td data-label={tv("week")}>{formatNumber(readership.week.get(a.id) ?? 0, locale)}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {articles.length === 0 && total > 0 ? (
        // A page whose articles have all moved on (saved, deleted) since its link was made.
        <p className="hint">
          {t("dashboard.emptyPage")} <Link href={deskHref(filter)}>{t("dashboard.firstPage")}</Link>
        </p>
      ) : articles.length === 0 ? (
        <p className="hint">{filtered ? t("dashboard.emptyFiltered") : t("dashboard.empty")}</p>
      ) : null}
      <DeskPager previous={previous && deskHref(filter, previous)} next={next && deskHref(filter, next)} locale={locale} />
    </>
  );
}
