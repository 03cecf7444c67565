// The audit log (admins only): who did what, when and from where, newest
// first, 50 a page. Filters are a plain GET form, so every filtered page has
// its own address (?action=…&actor=…&from=…&to=…&page=…). Read-only: nothing
// in Sapo edits or deletes audit events.
import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/newsroom/admin.module.css";
import { Pagination } from "@/components/site/pagination";
import { auditActions, auditQueryString, describeDetail, listAuditEvents, parseAuditQuery, type AuditRow } from "@/lib/audit-log";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { siteSettings } from "@/lib/site-settings";
import { formatDateTime, toZonedIso } from "@/lib/time";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireUser("audit:read");
  const { filter, page } = parseAuditQuery(await searchParams);
  const { timeZone } = await siteSettings();
  const [result, actions] = await Promise.all([listAuditEvents(db, filter, page, timeZone), auditActions(db)]);
  const targets = await targetLabels(result.events);
  // "user.*" and the like, for filtering on a whole kind of event at once.
  const groups = [...new Set(actions.map((a) => a.split(".")[0]))].map((g) => `${g}.*`);
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <h1>Audit log</h1>
      <form method="get" action="/newsroom/audit" className="filters" aria-label="Filter the audit log">
        <label>
          Action
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">Any</option>
            <optgroup label="Kinds">
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </optgroup>
            <optgroup label="Actions">
              {actions.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          Who (email or name)
          <input name="actor" type="search" defaultValue={filter.actor ?? ""} />
        </label>
        <label>
          From
          <input name="from" type="date" defaultValue={filter.from ?? ""} />
        </label>
        <label>
          To
          <input name="to" type="date" defaultValue={filter.to ?? ""} />
        </label>
        <button type="submit">Filter</button>
        {filtered ? <Link href="/newsroom/audit">Clear filters</Link> : null}
      </form>
      <table className="article-table">
        <caption>
          {result.total} {result.total === 1 ? "event" : "events"}
          {filtered ? " match" : ""}; times in {timeZone}
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Action</th>
            <th scope="col">Who</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {result.events.map((e) => (
            <tr key={e.id}>
              <td className={styles.nowrap}>
                <time dateTime={toZonedIso(e.createdAt, timeZone)}>{formatDateTime(e.createdAt, timeZone)}</time>
              </td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{who(e)}</td>
              <td>{targets.get(`${e.targetType}:${e.targetId}`) ?? (e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "")}</td>
              <td>
                <ul className={styles.detail}>
                  {describeDetail(e.detail).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </td>
              <td>{e.ip ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.events.length === 0 ? (
        <p>
          {page > 1 ? (
            <>
              No events on this page. <Link href={`/newsroom/audit${auditQueryString(filter)}`}>Go to the first page</Link>.
            </>
          ) : (
            "No events match these filters."
          )}
        </p>
      ) : null}
      <Pagination page={page} pages={result.pages} href={(n) => `/newsroom/audit${auditQueryString(filter, n)}`} />
    </>
  );
}

function who(e: AuditRow): React.ReactNode {
  if (e.actor) {
    return (
      <>
        {e.actor.displayName}
        <br />
        <span className="hint">{e.actor.email}</span>
      </>
    );
  }
  // Failed sign-ins with an unknown address have no actor; show what was tried.
  if (typeof e.detail.email === "string" && e.detail.email) return <span className="hint">unknown ({e.detail.email})</span>;
  return <span className="hint">system</span>;
}

/** Readable names for the users and articles the events on this page are about. */
async function targetLabels(events: AuditRow[]): Promise<Map<string, React.ReactNode>> {
  const ids = (type: string) => [...new Set(events.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId!))];
  const [users, articles] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, email: true } }),
    db.article.findMany({ where: { id: { in: ids("article") } }, select: { id: true, title: true } }),
  ]);
  const labels = new Map<string, React.ReactNode>();
  for (const u of users) labels.set(`user:${u.id}`, u.email);
  for (const a of articles) {
    labels.set(`article:${a.id}`, <Link href={`/newsroom/articles/${a.id}`}>{a.title || "Untitled"}</Link>);
  }
  return labels;
}
