import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreButton } from "@/components/newsroom/restore-button";
import { RevisionDiff } from "@/components/newsroom/revision-diff";
import { editorPageData, articleRevisions } from "@/lib/articles/newsroom-queries";
import { revisionTexts } from "@/lib/articles/revision-text";
import { requireUser } from "@/lib/auth/session";
import { siteSettings } from "@/lib/site-settings";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Revisions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

export default async function RevisionsPage({ params, searchParams }: Props) {
  const user = await requireUser("article:read-any");
  const { id } = await params;
  const data = await editorPageData(id, user);
  if (!data) notFound();
  const revisions = await articleRevisions(id);
  const { timeZone } = await siteSettings();
  const { a, b } = await searchParams;
  // By default compare the newest revision with the one before it.
  const older = revisions.find((r) => r.id === a) ?? revisions[1] ?? revisions[0];
  const newer = revisions.find((r) => r.id === b) ?? revisions[0];
  return (
    <div className="revisions">
      <p>
        <Link href={`/newsroom/articles/${id}`}>← Back to the editor</Link>
      </p>
      <h1>Revisions of “{data.article.title || "Untitled"}”</h1>
      <form method="get" className="revision-list">
        <table className="article-table">
          <thead>
            <tr>
              <th scope="col">Older</th>
              <th scope="col">Newer</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Why</th>
              <th scope="col">Version</th>
              <th scope="col">
                <span className="visually-hidden">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} data-testid="revision-row">
                <td>
                  <input type="radio" name="a" value={r.id} defaultChecked={r.id === older?.id} aria-label={`Compare from ${formatDateTime(r.createdAt, timeZone)}`} />
                </td>
                <td>
                  <input type="radio" name="b" value={r.id} defaultChecked={r.id === newer?.id} aria-label={`Compare to ${formatDateTime(r.createdAt, timeZone)}`} />
                </td>
                <td>{formatDateTime(r.createdAt, timeZone)}</td>
                <td>{r.author?.displayName ?? "—"}</td>
                <td>{r.reason}</td>
                <td>{r.version}</td>
                <td>
                  {!data.readOnly ? <RestoreButton articleId={id} revisionId={r.id} baseVersion={data.article.version} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">Compare</button>
      </form>
      {older && newer ? (
        <RevisionDiff
          before={revisionTexts(older.snapshot)}
          after={revisionTexts(newer.snapshot)}
          beforeLabel={`${formatDateTime(older.createdAt, timeZone)} · ${older.reason}`}
          afterLabel={`${formatDateTime(newer.createdAt, timeZone)} · ${newer.reason}`}
        />
      ) : null}
    </div>
  );
}
