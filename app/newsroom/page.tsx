import type { ArticleStatus } from "@prisma/client";
import Link from "next/link";
import { StatusBadge, STATUS_LABELS } from "@/components/newsroom/status-badge";
import { DESK_VIEWS, listSections, newsroomArticles, type DeskView } from "@/lib/articles/queries";
import { requireUser } from "@/lib/auth/session";
import { siteSettings } from "@/lib/site-settings";
import { formatDateTime } from "@/lib/time";
import { SectionOptions } from "@/components/newsroom/section-options";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

export default async function NewsroomDashboard({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const { timeZone } = await siteSettings();
  const view = pick(params.view, Object.keys(DESK_VIEWS) as DeskView[]) ?? "all";
  const status = pick(params.status, Object.keys(STATUS_LABELS) as ArticleStatus[]);
  const sections = await listSections();
  const filter = {
    view,
    status,
    sectionId: sections.some((s) => s.id === params.section) ? params.section : undefined,
    author: params.author?.trim() || undefined,
    q: params.q?.trim() || undefined,
  };
  const articles = await newsroomArticles(filter, user.id);
  const viewHref = (v: DeskView) => (v === "all" ? "/newsroom" : `/newsroom?view=${v}`);
  return (
    <>
      <div className="dashboard-head">
        <h1>Welcome, {user.displayName}</h1>
        <Link href="/newsroom/articles/new" className="button">
          New article
        </Link>
      </div>
      <nav aria-label="Desk views" className="desk-views">
        {(Object.keys(DESK_VIEWS) as DeskView[]).map((v) => (
          <Link key={v} href={viewHref(v)} aria-current={v === view ? "page" : undefined}>
            {DESK_VIEWS[v]}
          </Link>
        ))}
      </nav>
      <form method="get" className="filters" aria-label="Filter articles">
        {view !== "all" ? <input type="hidden" name="view" value={view} /> : null}
        <label>
          Status
          <select name="status" defaultValue={status ?? ""}>
            <option value="">Any</option>
            {(Object.keys(STATUS_LABELS) as ArticleStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select name="section" defaultValue={filter.sectionId ?? ""}>
            <option value="">Any</option>
            <SectionOptions sections={sections} />
          </select>
        </label>
        <label>
          Author
          <input name="author" defaultValue={filter.author ?? ""} />
        </label>
        <label>
          Text
          <input name="q" type="search" defaultValue={filter.q ?? ""} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <table className="article-table">
        <caption>
          {DESK_VIEWS[view]}: {articles.length} {articles.length === 1 ? "article" : "articles"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Section</th>
            <th scope="col">Author</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>
                <Link href={`/newsroom/articles/${a.id}`}>{a.title || "Untitled"}</Link>
                {a.status === "PUBLISHED" ? (
                  <>
                    {" "}
                    <Link href={`/${a.section.slug}/${a.slug}`} className="hint" aria-label={`Public page of ${a.title}`}>
                      ↗
                    </Link>
                  </>
                ) : null}
              </td>
              <td>
                <StatusBadge status={a.status} />
              </td>
              <td>{a.section.name}</td>
              <td>{a.authors.map((x) => x.byline).join(", ")}</td>
              <td>{formatDateTime(a.updatedAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
