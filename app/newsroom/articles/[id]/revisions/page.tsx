import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreButton } from "@/app/newsroom/articles/[id]/revisions/restore-button";
import { RevisionDiff } from "@/app/newsroom/articles/[id]/revisions/revision-diff";
import { editorPageData, articleRevisions } from "@/lib/articles/newsroom-queries";
import { reasonIn } from "@/lib/articles/revision-reasons";
import { revisionTexts } from "@/lib/articles/revision-text";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { newsroomLocale } from "@/lib/i18n/locale";
import { dateFormats, getT } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "editor");
  return { title: t("pages.revisions") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requireUser("article:read-any");
  const locale = await newsroomLocale(user);
  const t = getT(locale, "editor");
  const { id } = await params;
  const data = await editorPageData(id, user);
  if (!data) notFound();
  const revisions = await articleRevisions(id);
  const { timeZone } = await siteSettings();
  const { dateTime } = dateFormats(locale, timeZone);
  const { a, b } = await searchParams;
  // By default compare the newest revision with the one before it.
  const older = revisions.find((r) => r.id === a) ?? revisions[1] ?? revisions[0];
  const newer = revisions.find((r) => r.id === b) ?? revisions[0];
  // Reasons are stored in English; each person reads them in their language.
  const why = (reason: string) => reasonIn(locale, reason, dateTime);
  return (
    <div className="revisions">
      <p>
        <Link href={`/newsroom/articles/${id}`}>{t("revisionsPage.back")}</Link>
      </p>
      <h1>{t("revisionsPage.heading", { title: data.article.title || t("untitled") })}</h1>
      <form method="get" className="revision-list">
        <table className="article-table card-table">
          <thead>
            <tr>
              <th scope="col">{t("revisionsPage.older")}</th>
              <th scope="col">{t("revisionsPage.newer")}</th>
              <th scope="col">{t("revisionsPage.when")}</th>
              <th scope="col">{t("revisionsPage.who")}</th>
              <th scope="col">{t("revisionsPage.why")}</th>
              <th scope="col">{t("revisionsPage.version")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("revisionsPage.restore")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} data-testid="revision-row">
                <td data-label={t("revisionsPage.older")} className="cell-choice">
                  <input type="radio" name="a" value={r.id} defaultChecked={r.id === older?.id} aria-label={t("revisionsPage.compareFrom", { when: dateTime(r.createdAt) })} />
                </td>
                <td data-label={t("revisionsPage.newer")} className="cell-choice">
                  <input type="radio" name="b" value={r.id} defaultChecked={r.id === newer?.id} aria-label={t("revisionsPage.compareTo", { when: dateTime(r.createdAt) })} />
                </td>
                <td data-label={t("revisionsPage.when")}>{dateTime(r.createdAt)}</td>
                <td data-label={t("revisionsPage.who")} data-testid="revision-contributors">{r.contributors.length ? r.contributors.join(", ") : "—"}</td>
                <td data-label={t("revisionsPage.why")}>{why(r.reason)}</td>
                <td data-label={t("revisionsPage.version")}>{r.version}</td>
                <td>
                  {!data.readOnly ? <RestoreButton articleId={id} revisionId={r.id} baseVersion={data.article.version} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">{t("revisionsPage.compare")}</button>
      </form>
      {older && newer ? (
        <RevisionDiff
          before={revisionTexts(older.snapshot)}
          after={revisionTexts(newer.snapshot)}
          beforeLabel={`${dateTime(older.createdAt)} · ${why(older.reason)}`}
          afterLabel={`${dateTime(newer.createdAt)} · ${why(newer.reason)}`}
          locale={locale}
        />
      ) : null}
    </div>
  );
}
