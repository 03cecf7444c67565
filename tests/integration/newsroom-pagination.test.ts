// The desk's article table (/newsroom) pages by cursor: walking the pages
// visits every matching article exactly once, in the view's order, with the
// view and filters kept by the page links; articles created or saved between
// two pages never show up twice; a cursor it cannot read means the first page.
// The walks follow the page links as the page builds them (deskHref) and read
// them back as the page does (parseDeskQuery).
import type { ArticleStatus, Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DESK_PAGE_SIZE, deskPage, type DeskPage, type NewsroomRow } from "@/lib/articles/desk-list";
import { deskHref, parseDeskQuery, type NewsroomFilter } from "@/lib/articles/desk-query";
import { freshDatabase, type TestDb } from "@/tests/support/db";

const COUNT = 130;
const BASE = Date.parse("2024-03-01T00:00:00.000Z");

let t: TestDb;
let userId: string;
let news: string;
let sport: string;

beforeAll(async () => {
  t = await freshDatabase();
  news = (await t.db.section.create({ data: { name: "News", slug: "news" } })).id;
  sport = (await t.db.section.create({ data: { name: "Sport", slug: "sport" } })).id;
  userId = (await t.db.user.create({ data: { email: "ed@example.com", displayName: "Ed", role: "EDITOR" } })).id;
  // Four articles share each updatedAt millisecond, so page boundaries fall
  // inside ties; the published and scheduled views get ties and empty dates too.
  await t.db.article.createMany({
    data: Array.from({ length: COUNT }, (_, i) => {
      const status: ArticleStatus = i % 2 === 0 ? "PUBLISHED" : i % 4 === 1 ? "SCHEDULED" : "DRAFT";
      return {
        title: `Story ${i}`,
        slug: `story-${i}`,
        sectionId: i % 3 === 0 ? sport : news,
        bodyJson: "{}",
        status,
        updatedAt: new Date(BASE - Math.floor(i / 4) * 1000),
        publishedAt: status === "PUBLISHED" && i % 20 !== 0 ? new Date(BASE - Math.floor(i / 6) * 60_000) : null,
        scheduledAt: status === "SCHEDULED" && i % 13 !== 0 ? new Date(BASE + Math.floor(i / 6) * 60_000) : null,
      };
    }),
  });
});

afterAll(async () => {
  await t?.db.$disconnect();
});

/** The desk at a link's address, read the way the page reads its query string. */
function open(href: string, size?: number): Promise<DeskPage> & { filter: NewsroomFilter } {
  const params = Object.fromEntries(new URL(href, "http://desk.test").searchParams);
  const { filter, cursor } = parseDeskQuery(params, [news, sport]);
  return Object.assign(deskPage(t.db, filter, userId, cursor, size), { filter });
}

/** Every page from the first, following the "next page" links; `between` runs after each page. */
async function walk(filter: NewsroomFilter, size?: number, between?: (page: number) => Promise<void>) {
  const pages: DeskPage[] = [];
  const hrefs: string[] = [];
  let href: string | null = deskHref(filter);
  while (href) {
    expect(pages.length).toBeLessThan(COUNT); // a cursor that does not move would loop forever
    const opened = open(href, size);
    expect(opened.filter).toEqual({ view: "all", ...filter }); // the link kept the view and filters
    const page = await opened;
    pages.push(page);
    hrefs.push(href);
    await between?.(pages.length);
    href = page.next && deskHref(filter, page.next);
  }
  return { pages, hrefs, ids: pages.flatMap((p) => p.rows.map((r) => r.id)) };
}

/** The matching articles' ids in the order the desk promises, in one unpaged query. */
async function expected(where: Prisma.ArticleWhereInput, orderBy: Prisma.ArticleOrderByWithRelationInput[]) {
  return (await t.db.article.findMany({ where, orderBy, select: { id: true } })).map((a) => a.id);
}

const byUpdate: Prisma.ArticleOrderByWithRelationInput[] = [{ updatedAt: "desc" }, { id: "desc" }];

describe("the desk's article table", () => {
  it(`shows ${DESK_PAGE_SIZE} articles a page and reaches every one exactly once, newest first`, async () => {
    const { pages, ids } = await walk({});
    expect(pages.map((p) => p.rows.length)).toEqual([50, 50, 30]);
    expect(pages.map((p) => p.total)).toEqual([COUNT, COUNT, COUNT]);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids).toEqual(await expected({}, byUpdate));
    const times = pages.flatMap((p) => p.rows.map((r) => r.updatedAt.getTime()));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(pages[0].previous).toBeNull();
    expect(pages[2].next).toBeNull();
  });

  it("keeps the filters on every page", async () => {
    const { pages, hrefs, ids } = await walk({ sectionId: news });
    expect(pages.length).toBe(2);
    expect(hrefs[1]).toContain(`section=${news}`);
    expect(pages[1].rows.length).toBeGreaterThan(0);
    for (const row of pages[1].rows) expect(row.section.name).toBe("News");
    expect(ids).toEqual(await expected({ sectionId: news }, byUpdate));

    const several = { status: "PUBLISHED" as const, sectionId: news, q: "Story 1" };
    const narrow = await walk(several, 5);
    expect(narrow.pages.length).toBeGreaterThan(2);
    for (const row of narrow.pages.flatMap((p) => p.rows)) {
      expect([row.status, row.section.name, row.title.startsWith("Story 1")]).toEqual(["PUBLISHED", "News", true]);
    }
    expect(narrow.ids).toEqual(await expected({ status: "PUBLISHED", sectionId: news, title: { startsWith: "Story 1" } }, byUpdate));
  });

  it("pages the published and scheduled views in their own order, articles without a date last", async () => {
    const published = await walk({ view: "published" }, 10);
    expect(published.ids).toEqual(await expected({ status: "PUBLISHED" }, [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }]));
    const publishedAt = published.pages.flatMap((p) => p.rows.map((r) => r.publishedAt?.getTime() ?? null));
    expect(publishedAt.slice(-4)).toEqual([null, null, null, null]);
    const dated = publishedAt.filter((x) => x !== null);
    expect(dated).toEqual([...dated].sort((a, b) => b - a));

    const scheduled = await walk({ view: "scheduled" }, 10);
    expect(scheduled.ids).toEqual(await expected({ status: "SCHEDULED" }, [{ scheduledAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]));
    expect(scheduled.pages.flatMap((p) => p.rows).at(-1)?.scheduledAt).toBeNull();
    expect(scheduled.ids.length).toBe(await t.db.article.count({ where: { status: "SCHEDULED" } }));
  });

  it("goes back page by page with the previous links, to the first page", async () => {
    for (const [filter, size] of [[{}, undefined], [{ view: "published" }, 10], [{ view: "scheduled" }, 10]] as [NewsroomFilter, number?][]) {
      const forward = await walk(filter, size);
      const back: DeskPage[] = [forward.pages.at(-1)!];
      while (back.at(-1)!.previous) {
        expect(back.length).toBeLessThan(COUNT);
        back.push(await open(deskHref(filter, back.at(-1)!.previous), size));
      }
      const rows = (pages: DeskPage[]) => pages.map((p) => p.rows.map((r) => r.id));
      expect(rows(back)).toEqual(rows(forward.pages).reverse());
    }
  });

  it("shows no article twice when others are created or saved between pages", async () => {
    const before = await expected({}, byUpdate);
    const seen: NewsroomRow[] = [];
    const created: string[] = [];
    const { ids } = await walk({}, undefined, async (page) => {
      if (page !== 1) return;
      seen.push(...(await deskPage(t.db, {}, userId)).rows);
      // New work goes to the top of the desk, before the pages already read...
      for (let i = 0; i < 5; i++) {
        created.push((await t.db.article.create({ data: { title: `Fresh ${i}`, slug: `fresh-${i}`, sectionId: news, bodyJson: "{}" } })).id);
      }
      // ...as does an article already shown, when it is saved again.
      await t.db.article.update({ where: { id: seen[3].id }, data: { title: "Story 3, updated" } });
      // One older than everything (an import, say) belongs on the last page.
      created.push(
        (await t.db.article.create({ data: { title: "Imported", slug: "imported", sectionId: news, bodyJson: "{}", updatedAt: new Date(BASE - 86_400_000) } })).id,
      );
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !created.includes(id)).sort()).toEqual([...before].sort());
    expect(ids.at(-1)).toBe(created.at(-1));
    expect(ids.filter((id) => created.slice(0, 5).includes(id))).toEqual([]);
    await t.db.article.deleteMany({ where: { id: { in: created } } });
  });

  it("shows the first page for a cursor it cannot read", async () => {
    const first = await deskPage(t.db, {}, userId);
    const second = await deskPage(t.db, {}, userId, first.next!);
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const real = JSON.parse(Buffer.from(first.next!, "base64url").toString("utf8")) as Record<string, unknown>;
    const bad = [
      "not a cursor!",
      Buffer.from("{not json").toString("base64url"),
      json(null),
      json(5),
      json([]),
      json({}),
      json({ ...real, k: "publishedAt" }), // another view's order
      json({ ...real, v: null }), // updatedAt is never empty
      json({ ...real, v: "yesterday" }),
      json({ ...real, id: 42 }),
      json({ ...real, d: "sideways" }),
    ];
    expect(second.rows[0].id).not.toBe(first.rows[0].id);
    for (const cursor of bad) {
      const page = await open(deskHref({}, cursor));
      expect({ cursor, rows: page.rows.map((r) => r.id), previous: page.previous }).toEqual({ cursor, rows: first.rows.map((r) => r.id), previous: null });
    }
  });
});
