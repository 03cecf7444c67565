// The desk's article table (/newsroom), one page at a time: a view (queue)
// narrowed by filters, paged by cursor rather than by offset, so that
// articles saved or created while someone pages through never shift a row
// onto two pages. Each view has one order, ended by the id so that it is
// total (many articles share an updatedAt millisecond); a cursor names the
// (sort value, id) of the row next to which the next page starts, as
// base64url JSON. A cursor that cannot be read, or was made for another
// view's order, means the first page.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db/client";
import { containsText } from "@/lib/db/text-match";
import { DESK_PAGE_SIZE, type DeskView, type NewsroomFilter } from "@/lib/articles/desk-query";

export { DESK_PAGE_SIZE };

const newsroomSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  reviewNote: true,
  section: { select: { name: true, names: true, slug: true } },
  authors: { select: { byline: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ArticleSelect;

export type NewsroomRow = Prisma.ArticleGetPayload<{ select: typeof newsroomSelect }>;

/** One page of the table; `previous` and `next` are the cursors of the pages around it, if any. */
export type DeskPage = { rows: NewsroomRow[]; total: number; previous: string | null; next: string | null };

type SortKey = "updatedAt" | "publishedAt" | "scheduledAt";
type Direction = "asc" | "desc";
type Order = { key: SortKey; dir: Direction };
/** A position in an order: the row's sort value (ISO time, or null) and id; "n" pages on, "p" back. */
type Cursor = { k: SortKey; v: string | null; id: string; d: "n" | "p" };

function orderOf(view: DeskView | undefined): Order {
  if (view === "published") return { key: "publishedAt", dir: "desc" };
  // The next to go out first.
  if (view === "scheduled") return { key: "scheduledAt", dir: "asc" };
  return { key: "updatedAt", dir: "desc" };
}

/** publishedAt and scheduledAt may be empty (imported rows, say): those rows come last, on both engines alike. */
const nullable = (key: SortKey) => key !== "updatedAt";

/** The person's own articles: created by them or bylined to them (as lib/articles/access.ts isOwnArticle). */
const ownedBy = (userId: string): Prisma.ArticleWhereInput => ({ OR: [{ createdById: userId }, { authors: { some: { userId } } }] });

/** Which articles a view holds for `userId` (every article for "all"); the desk's counts use it too (desk-counts.ts). */
export function viewWhere(view: DeskView | undefined, userId: string): Prisma.ArticleWhereInput {
  switch (view) {
    case "mine":
      return { status: "DRAFT", ...ownedBy(userId) };
    case "returned":
      // Sent back: submitting (and publishing) clears the desk's note.
      return { status: "DRAFT", reviewNote: { not: null }, ...ownedBy(userId) };
    case "review":
      return { status: "IN_REVIEW" };
    case "scheduled":
      return { status: "SCHEDULED" };
    case "published":
      return { status: "PUBLISHED" };
    default:
      return {};
  }
}

function whereOf(db: Tx, filter: NewsroomFilter, userId: string): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput[] = [viewWhere(filter.view, userId)];
  if (filter.status) where.push({ status: filter.status });
  if (filter.sectionId) where.push({ sectionId: filter.sectionId });
  if (filter.author) where.push({ authors: { some: { byline: containsText(db, filter.author) } } });
  if (filter.q) where.push({ OR: [{ title: containsText(db, filter.q) }, { lead: containsText(db, filter.q) }] });
  return { AND: where };
}

const flip = (dir: Direction): Direction => (dir === "asc" ? "desc" : "asc");

/** The order, or (backwards) its reverse; empty values stay last going forwards. */
function orderBy({ key, dir }: Order, backwards: boolean): Prisma.ArticleOrderByWithRelationInput[] {
  const d = backwards ? flip(dir) : dir;
  const value = nullable(key) ? { sort: d, nulls: backwards ? "first" : "last" } : d;
  return [{ [key]: value } as Prisma.ArticleOrderByWithRelationInput, { id: d }];
}

/** The rows strictly beyond `at` in the order (backwards: strictly before it). */
function beyond({ key, dir }: Order, at: Cursor, backwards: boolean): Prisma.ArticleWhereInput {
  const op = (backwards ? flip(dir) : dir) === "desc" ? "lt" : "gt";
  // The column's name is the view's; Prisma's types cannot follow a computed key.
  const on = (condition: unknown) => ({ [key]: condition }) as Prisma.ArticleWhereInput;
  const tie = (value: Date | null) => ({ AND: [on(value), { id: { [op]: at.id } }] });
  if (at.v === null) return backwards ? { OR: [on({ not: null }), tie(null)] } : tie(null);
  const value = new Date(at.v);
  const after: Prisma.ArticleWhereInput[] = [on({ [op]: value }), tie(value)];
  if (nullable(key) && !backwards) after.push(on(null));
  return { OR: after };
}

function encode(order: Order, row: NewsroomRow, d: Cursor["d"]): string {
  const value = row[order.key];
  const cursor: Cursor = { k: order.key, v: value ? value.toISOString() : null, id: row.id, d };
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor, if it is one of ours and made for this order; anything else is no cursor at all. */
function decodeCursor(text: string | undefined, order: Order): Cursor | undefined {
  if (!text) return undefined;
  let c: Partial<Record<keyof Cursor, unknown>>;
  try {
    c = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as typeof c;
  } catch {
    return undefined;
  }
  if (typeof c !== "object" || c === null || c.k !== order.key || (c.d !== "n" && c.d !== "p")) return undefined;
  if (typeof c.id !== "string" || c.id === "" || c.id.length > 64) return undefined;
  if (c.v === null) return nullable(order.key) ? { k: order.key, v: null, id: c.id, d: c.d } : undefined;
  if (typeof c.v !== "string") return undefined;
  const time = new Date(c.v);
  return !Number.isNaN(time.getTime()) && time.toISOString() === c.v ? { k: order.key, v: c.v, id: c.id, d: c.d } : undefined;
}

/** The page of the desk's table at `cursorText` (none, or unreadable: the first page). */
export async function deskPage(db: Tx, filter: NewsroomFilter, userId: string, cursorText?: string, size = DESK_PAGE_SIZE): Promise<DeskPage> {
  const order = orderOf(filter.view);
  const where = whereOf(db, filter, userId);
  const at = decodeCursor(cursorText, order);
  const backwards = at?.d === "p";
  // One row more than the page tells whether there is another page that way.
  const [found, total] = await Promise.all([
    db.article.findMany({
      where: at ? { AND: [where, beyond(order, at, backwards)] } : where,
      orderBy: orderBy(order, backwards),
      take: size + 1,
      select: newsroomSelect,
    }),
    db.article.count({ where }),
  ]);
  const more = found.length > size;
  const rows = found.slice(0, size);
  if (backwards) {
    // Back at the start: show the first page as it is now (full, and with
    // whatever was added meanwhile) rather than a short one.
    if (!more) return deskPage(db, filter, userId, undefined, size);
    rows.reverse();
    return { rows, total, previous: encode(order, rows[0], "p"), next: encode(order, rows[rows.length - 1], "n") };
  }
  return {
    rows,
    total,
    previous: at && rows.length > 0 ? encode(order, rows[0], "p") : null,
    next: more ? encode(order, rows[rows.length - 1], "n") : null,
  };
}
