import Link from "next/link";
import { StatusBadge } from "@/components/newsroom/status-badge";
import { newsroomArticles } from "@/lib/articles/queries";
import { requireUser } from "@/lib/auth/session";
import { readConfig } from "@/lib/config";
import { formatDateTime } from "@/lib/time";

export default async function NewsroomDashboard() {
  const user = await requireUser();
  const { timeZone } = readConfig();
  const articles = await newsroomArticles();
  return (
    <>
      <h1>Welcome, {user.displayName}</h1>
      <table className="article-table">
        <caption>Articles, most recently updated first</caption>
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
                {a.status === "PUBLISHED" ? <Link href={`/${a.section.slug}/${a.slug}`}>{a.title}</Link> : a.title}
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
