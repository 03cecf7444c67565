// Reading the audit log for /newsroom/audit: filters taken from the page's
// query string (action, actor, date range), 50 events a page, newest first.
// Writing stays in lib/audit/record.ts; nothing here changes or deletes events.
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db/client";
import { containsText } from "@/lib/db/text-match";
import { toZonedIso } from "@/lib/time/zones";
import { showInstant } from "@/lib/time/stored-instant";

export const AUDIT_PAGE_SIZE = 50;
const MAX_FILTER_LENGTH = 200;

export type AuditFilter = {
  /** An exact action ("user.disabled") or a whole group ("user.*"). */
  action?: string;
  /** Part of the actor's email or name. */
  actor?: string;
  /** Days (YYYY-MM-DD) in the site's time zone, both included. */
  from?: string;
  to?: string;
};

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, MAX_FILTER_LENGTH) || undefined;
const isDay = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** The filter and page named by the query string; anything malformed is ignored. */
export function parseAuditQuery(params: Params): { filter: AuditFilter; page: number } {
  const rawPage = Number(first(params.page) ?? "1");
  const from = first(params.from);
  const to = first(params.to);
  return {
    filter: { action: first(params.action), actor: first(params.actor), from: isDay(from) ? from : undefined, to: isDay(to) ? to : undefined },
    page: Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1,
  };
}

/** The query string for a filter and page, so every page of a result has a stable address. */
export function auditQueryString(filter: AuditFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The UTC instant at which a day (YYYY-MM-DD) starts in a time zone. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const offsetMs = (at: number) => {
    const [, sign, h, m] = /([+-])(\d\d):(\d\d)$/.exec(toZonedIso(new Date(at), timeZone))!;
    return (sign === "-" ? -1 : 1) * (Number(h) * 60 + Number(m)) * 60_000;
  };
  // The zone's offset at UTC midnight is a first guess; asking again at the
  // guessed instant corrects it when a daylight-saving change falls in between.
  const guess = midnightUtc - offsetMs(midnightUtc);
  return new Date(midnightUtc - offsetMs(guess));
}

function whereOf(db: Tx, filter: AuditFilter, timeZone: string): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.action) {
    and.push(filter.action.endsWith(".*") ? { action: { startsWith: filter.action.slice(0, -1) } } : { action: filter.action });
  }
  if (filter.actor) {
    const text = filter.actor;
    and.push({
      OR: [
        { actor: { email: containsText(db, text.toLowerCase()) } },
        { actor: { displayName: containsText(db, text) } },
        // A failed sign-in with an unknown email has no actor; the address
        // tried is in its detail, and is what one looks for after an attack.
        { action: "auth.sign_in_failed", actorId: null, detail: { contains: JSON.stringify(text.toLowerCase()).slice(1, -1) } },
      ],
    });
  }
  if (filter.from || filter.to) {
    const createdAt: Prisma.DateTimeFilter = {};
    if (filter.from) createdAt.gte = startOfDayIn(filter.from, timeZone);
    if (filter.to) {
      const next = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      createdAt.lt = startOfDayIn(next, timeZone);
    }
    and.push({ createdAt });
  }
  return and.length ? { AND: and } : {};
}

export type AuditRow = {
  id: string;
  action: string;
  createdAt: Date;
  ip: string | null;
  actor: { id: string; email: string; displayName: string } | null;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
};

export type AuditPage = { events: AuditRow[]; page: number; pages: number; total: number };

export async function listAuditEvents(db: Tx, filter: AuditFilter, page: number, timeZone: string): Promise<AuditPage> {
  const where = whereOf(db, filter, timeZone);
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      // The id breaks ties between events of the same millisecond, so pages never overlap.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { id: true, email: true, displayName: true } } },
    }),
  ]);
  const events = rows.map(({ detail, actorId: _actorId, ...row }) => ({ ...row, detail: parseDetail(detail) }));
  return { events, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), total };
}

/** The actions present in the log, for the filter's menu. */
export async function auditActions(db: Tx): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}

/** The users and articles some events are about, for readable names (those deleted since are absent). */
export async function auditTargets(db: Tx, events: Pick<AuditRow, "targetType" | "targetId">[]) {
  const ids = (type: string) => [...new Set(events.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId!))];
  const [users, articles] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, email: true } }),
    db.article.findMany({ where: { id: { in: ids("article") } }, select: { id: true, title: true } }),
  ]);
  return { users, articles };
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { value: text };
  }
}

/**
 * One line per detail, with { from, to } pairs (settings, roles) shown as
 * "from → to", and instants (a scheduled publication's time) in `dateTime`:
 * the newsroom language and the site's time zone, not UTC's ISO form.
 */
export function describeDetail(detail: Record<string, unknown>, dateTime: (d: Date) => string = (d) => d.toISOString()): string[] {
  const show = (v: unknown) => (typeof v === "string" ? showInstant(v, dateTime) : (JSON.stringify(v) ?? String(v)));
  return Object.entries(detail).map(([key, value]) =>
    value && typeof value === "object" && "from" in value && "to" in value
      ? `${key}: ${show(value.from)} → ${show(value.to)}`
      : `${key}: ${show(value)}`,
  );
}
