// The audit log (admins only): who did what, when and from where, newest
// first, 50 a page. Filters are a plain GET form, so every filtered page has
// its own address (?action=…&actor=…&from=…&to=…&page=…). Read-only: nothing
// in Sapo edits or deletes audit events.
import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/newsroom/admin.module.css";
import { Pagination } from "@/components/site/pagination";
import { DateTimeField } from "@/components/newsroom/date-time-field";
import { auditActions, auditQueryString, auditTargets, describeDetail, listAuditEvents, parseAuditQuery, type AuditRow } from "@/lib/audit/queries";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { dateFormats, getT, type Translate } from "@/lib/i18n/server";
import { siteSettings } from "@/lib/site/settings";
import { toZonedIso } from "@/lib/time/zones";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "audit");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser("audit:read");
  const locale = await newsroomLocale(user);
  const t = getT(locale, "audit");
  const tc = getT(locale, "common");
  const { filter, page } = parseAuditQuery(await searchParams);
  const { timeZone } = await siteSettings();
  const { dateTime } = dateFormats(locale, timeZone);
  const [result, actions] = await Promise.all([listAuditEvents(db, filter, page, timeZone), auditActions(db)]);
  const targets = await targetLabels(result.events, tc("untitled"));
  // "user.*" and the like, for filtering on a whole kind of event at once.
  const groups = [...new Set(actions.map((a) => a.split(".")[0]))].map((g) => `${g}.*`);
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <h1>{t("title")}</h1>
      <form method="get" action="/newsroom/audit" className="filters" aria-label={t("filtersLabel")}>
        <label>
          {t("action")}
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">{tc("any")}</option>
            <optgroup label={t("kinds")}>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("actions")}>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          {t("who")}
          <input name="actor" type="search" defaultValue={filter.actor ?? ""} />
        </label>
        <DateTimeField label={t("from")} name="from" withTime={false} defaultValue={filter.from} />
        <DateTimeField label={t("to")} name="to" withTime={false} defaultValue={filter.to} />
        <button type="submit">{tc("filter")}</button>
        {filtered ? <Link href="/newsroom/audit">{t("clear")}</Link> : null}
      </form>
      <table className="article-table card-table">
        <caption>{filtered ? t("captionFiltered", { count: result.total, timeZone }) : t("caption", { count: result.total, timeZone })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colWhen")}</th>
            <th scope="col">{t("colAction")}</th>
            <th scope="col">{t("colWho")}</th>
            <th scope="col">{t("colTarget")}</th>
            <th scope="col">{t("colDetails")}</th>
            <th scope="col">{t("colFrom")}</th>
          </tr>
        </thead>
        <tbody>
          {result.events.map((e) => (
            <tr key={e.id}>
              <td className={`cell-title ${styles.nowrap}`}>
                <time dateTime={toZonedIso(e.createdAt, timeZone)}>{dateTime(e.createdAt)}</time>
              </td>
              <td data-label={t("colAction")}>
                <code>{e.action}</code>
                {NAMED_ACTIONS[e.action] ? <span className="hint"> {t(`actionNames.${NAMED_ACTIONS[e.action]}`)}</span> : null}
              </td>
              <td data-label={t("colWho")}>{who(e, t)}</td>
              <td data-label={t("colTarget")}>{targets.get(`${e.targetType}:${e.targetId}`) ?? (e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "")}</td>
              <td data-label={t("colDetails")}>
                <ul className={styles.detail}>
                  {describeDetail(e.detail, dateTime).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </td>
              <td data-label={t("colFrom")}>{e.ip ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.events.length === 0 ? (
        <p>
          {page > 1 ? (
            <>
              {t("emptyPage")} <Link href={`/newsroom/audit${auditQueryString(filter)}`}>{t("firstPage")}</Link>
            </>
          ) : (
            t("noMatch")
          )}
        </p>
      ) : null}
      <Pagination page={page} pages={result.pages} href={(n) => `/newsroom/audit${auditQueryString(filter, n)}`} locale={locale} />
    </>
  );
}

/** Actions the log names in words besides their code (a message "audit.actionNames.<name>"). */
const NAMED_ACTIONS: Record<string, string> = {
  "article.checksOverridden": "checksOverridden",
  "dictionary.wordAdded": "dictionaryWordAdded",
  "dictionary.wordRemoved": "dictionaryWordRemoved",
};

function who(e: AuditRow, t: Translate): React.ReactNode {
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
  if (typeof e.detail.email === "string" && e.detail.email) return <span className="hint">{t("unknownActor", { email: e.detail.email })}</span>;
  return <span className="hint">{t("system")}</span>;
}

/** Readable names for the users and articles the events on this page are about. */
async function targetLabels(events: AuditRow[], untitled: string): Promise<Map<string, React.ReactNode>> {
  const { users, articles } = await auditTargets(db, events);
  const labels = new Map<string, React.ReactNode>();
  for (const u of users) labels.set(`user:${u.id}`, u.email);
  for (const a of articles) {
    labels.set(`article:${a.id}`, <Link href={`/newsroom/articles/${a.id}`}>{a.title || untitled}</Link>);
  }
  return labels;
}
