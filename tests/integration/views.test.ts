// "Most read" end to end on a real database: beacons sent to the reader site
// through Sapo's own server (the peer address stamped, X-Forwarded-For from a
// trusted proxy) are counted once per reader and article an hour, bots and
// other sites' pages not at all, never cached; a flush writes hourly rows for
// published articles only; mostRead() and viewCounts() read them back; and
// no address ends up anywhere in the database.
import { readFileSync, existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReaderHandler } from "@/lib/reader/handler";
import { createSapoServer } from "@/lib/server/http-server";
import { readRows } from "@/lib/transfer/tables";
import { transferPlan } from "@/lib/transfer/plan";
import { BEACON_PATH } from "@/lib/views/beacon";
import { hourStart, HOUR_MS } from "@/lib/views/hours";
import { mostRead, recentViewCounts, viewCounts } from "@/lib/views/queries";
import { ViewRecorder } from "@/lib/views/recorder";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveReader, type Answer, type ReaderTestServer } from "@/tests/support/reader-server";

const BROWSER = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
const READERS = ["203.0.113.7", "203.0.113.8", "2001:db8:77:1::5"];

let t: TestDb;
let site: ReaderTestServer;
let clock = Date.UTC(2026, 10, 28, 9, 20);
let views: ViewRecorder;
const ids: Record<string, string> = {};
const savedTrusted = process.env.TRUSTED_PROXIES;

function request(method: string, pathname: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  return site.request(method, pathname, { body, headers });
}

/** A beacon from `reader` (as the trusted proxy in front reports it). */
const beacon = (articleId: string, reader: string, agent = BROWSER, extra: Record<string, string> = {}) =>
  request("POST", BEACON_PATH, articleId, { "content-type": "text/plain;charset=UTF-8", "user-agent": agent, "x-forwarded-for": reader, ...extra });

async function story(slug: string, status: "PUBLISHED" | "DRAFT", publishedAt: Date | null) {
  const section = await t.db.section.upsert({ where: { slug: "thoi-su" }, create: { name: "Thời sự", slug: "thoi-su" }, update: {} });
  const article = await t.db.article.create({
    data: { title: `Bài ${slug}`, slug, bodyJson: "{}", bodyHtml: "<p>x</p>", bodyText: "x", status, publishedAt, sectionId: section.id },
  });
  ids[slug] = article.id;
}

beforeAll(async () => {
  process.env.SITE_URL = "https://baonghean.example";
  // The test's requests come from 127.0.0.1, standing in for nginx.
  process.env.TRUSTED_PROXIES = "127.0.0.1,::1";
  t = await freshDatabase();
  await story("a", "PUBLISHED", new Date(clock - 5 * HOUR_MS));
  await story("b", "PUBLISHED", new Date(clock - 2 * HOUR_MS));
  await story("c", "PUBLISHED", new Date(clock - 1 * HOUR_MS));
  await story("draft", "DRAFT", null);
  views = new ViewRecorder({ db: t.db, now: () => clock });
  const reader = createReaderHandler({ db: t.db, sql: () => t.db, dev: false, views });
  site = await serveReader(createSapoServer(async (_req, res) => void res.writeHead(418).end(), reader));
});

afterAll(async () => {
  site?.close();
  if (savedTrusted === undefined) delete process.env.TRUSTED_PROXIES;
  else process.env.TRUSTED_PROXIES = savedTrusted;
  await t?.db.$disconnect();
});

describe("an article's page", () => {
  it("names its article for the beacon and loads the island script, which is served for a year", async () => {
    const page = await request("GET", "/thoi-su/a");
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="sapo:article" content="${ids.a}"/>`);
    expect(page.body).toMatch(/<html lang="[a-z]+" data-time-zone="[^"]+" data-just-now="[^"]+" data-rendered="\d+">/);
    const src = /<script src="(\/assets\/reader-[0-9a-f]{12}\.js)" defer=""><\/script>/.exec(page.body)?.[1];
    expect(src).toBeDefined();
    const js = await request("GET", src!);
    expect(js.status).toBe(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["cache-control"]).toContain("immutable");
    expect(js.body).toContain(BEACON_PATH);
    expect((await request("GET", "/assets/reader-000000000000.js")).status).toBe(404);
    // Other pages load the script too, but name no article.
    const home = await request("GET", "/");
    expect(home.body).toContain(`<script src="${src}" defer="">`);
    expect(home.body).not.toContain("sapo:article");
  });
});

describe("the beacon", () => {
  it("counts a reader once an hour, answers 204 never to be cached, and ignores bots", async () => {
    const first = await beacon(ids.a, READERS[0]);
    expect(first.status).toBe(204);
    expect(first.headers["cache-control"]).toBe("no-store");
    expect(first.body).toBe("");
    expect(views.pendingViews).toBe(1);
    expect((await beacon(ids.a, READERS[0])).status).toBe(204);
    expect(views.pendingViews).toBe(1);
    expect((await beacon(ids.a, READERS[1], GOOGLEBOT)).status).toBe(204);
    expect(views.pendingViews).toBe(1);
    expect((await beacon(ids.a, READERS[1])).status).toBe(204);
    expect((await beacon(ids.a, READERS[2])).status).toBe(204);
    expect((await beacon(ids.b, READERS[0])).status).toBe(204);
    expect(views.pendingViews).toBe(4);
  });

  it("refuses other methods, big or malformed bodies, and other sites' pages", async () => {
    const get = await request("GET", BEACON_PATH);
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST");
    expect(get.headers["cache-control"]).toBe("no-store");
    expect((await beacon("x".repeat(65), READERS[0])).status).toBe(413);
    expect((await beacon("<img src=x>", READERS[0])).status).toBe(400);
    expect((await beacon(ids.c, READERS[0], BROWSER, { origin: "https://evil.example" })).status).toBe(403);
    expect(views.pendingViews).toBe(4);
    // Our own page's Origin is welcome.
    expect((await beacon(ids.c, READERS[0], BROWSER, { origin: site.base })).status).toBe(204);
    expect(views.pendingViews).toBe(5);
  });

  it("a flush writes hourly rows for published articles only; the next hour counts again", async () => {
    expect((await beacon(ids.draft, READERS[0])).status).toBe(204);
    expect((await beacon("no-such-article", READERS[0])).status).toBe(204);
    expect(await views.flush()).toBe(5);
    expect(views.pendingViews).toBe(0);
    const hour = new Date(hourStart(clock));
    const rows = await t.db.articleView.findMany({ orderBy: [{ count: "desc" }, { articleId: "asc" }] });
    expect(rows.map((r) => ({ ...r }))).toEqual(
      [
        { articleId: ids.a, hour, count: 3 },
        ...[
          { articleId: ids.b, hour, count: 1 },
          { articleId: ids.c, hour, count: 1 },
        ].sort((x, y) => x.articleId.localeCompare(y.articleId)),
      ],
    );
    clock += HOUR_MS;
    expect((await beacon(ids.a, READERS[0])).status).toBe(204);
    expect(await views.flush()).toBe(1);
    expect(await t.db.articleView.findMany({ where: { articleId: ids.a }, orderBy: { hour: "asc" }, select: { hour: true, count: true } })).toEqual([
      { hour, count: 3 },
      { hour: new Date(hour.getTime() + HOUR_MS), count: 1 },
    ]);
  });

  it("two instances writing the same hour's row add up", async () => {
    const other = [new ViewRecorder({ db: t.db, now: () => clock }), new ViewRecorder({ db: t.db, now: () => clock })];
    for (const [i, recorder] of other.entries()) {
      for (const n of [1, 2, 3]) expect(recorder.record(ids.c, `198.51.100.${10 * i + n}`, BROWSER)).toBe("counted");
    }
    expect(await Promise.all(other.map((r) => r.flush()))).toEqual([3, 3]);
    const row = await t.db.articleView.findUnique({ where: { articleId_hour: { articleId: ids.c, hour: new Date(hourStart(clock)) } } });
    expect(row?.count).toBe(6);
  });
});

describe("reading the counts", () => {
  it("mostRead: most views first, ties newest first, published only, within the period", async () => {
    await t.db.articleView.deleteMany();
    const now = new Date(clock);
    const at = (hoursAgo: number) => new Date(hourStart(clock - hoursAgo * HOUR_MS));
    // An article that was read and then taken down, for the check below.
    await story("withdrawn", "DRAFT", null);
    // A published article whose only row counts nothing (no view in it).
    await story("unread", "PUBLISHED", new Date(clock));
    await t.db.articleView.createMany({
      data: [
        { articleId: ids.a, hour: at(0), count: 4 },
        { articleId: ids.a, hour: at(30), count: 100 }, // outside 24 h, inside 7 days
        { articleId: ids.b, hour: at(1), count: 2 },
        { articleId: ids.b, hour: at(3), count: 2 },
        { articleId: ids.c, hour: at(2), count: 4 },
        { articleId: ids.withdrawn, hour: at(0), count: 50 },
        { articleId: ids.unread, hour: at(0), count: 0 },
      ],
    });
    const day = await mostRead(t.db, { since: new Date(now.getTime() - 24 * HOUR_MS), limit: 5 });
    // a, b and c have 4 each: c is the newest, then b, then a.
    expect(day.map((a) => [a.slug, a.views])).toEqual([["c", 4], ["b", 4], ["a", 4]]);
    expect(day[0]).toMatchObject({ title: "Bài c", section: { slug: "thoi-su" }, authors: [] });
    const week = await mostRead(t.db, { since: new Date(now.getTime() - 7 * 24 * HOUR_MS), limit: 2 });
    expect(week.map((a) => [a.slug, a.views])).toEqual([["a", 104], ["c", 4]]);
    expect(await mostRead(t.db, { since: new Date(now.getTime() + HOUR_MS), limit: 5 })).toEqual([]);
    expect(await mostRead(t.db, { since: new Date(0), limit: 0 })).toEqual([]);
  });

  it("viewCounts and recentViewCounts: per article, for a period or all time, nothing for articles without views", async () => {
    const all = await viewCounts(t.db, [ids.a, ids.b, ids.draft, ids.unread, ids.withdrawn, "nothing"]);
    expect(Object.fromEntries(all)).toEqual({ [ids.a]: 104, [ids.b]: 4, [ids.unread]: 0, [ids.withdrawn]: 50 });
    const day = await viewCounts(t.db, [ids.a, ids.c], new Date(clock - 24 * HOUR_MS));
    expect(Object.fromEntries(day)).toEqual({ [ids.a]: 4, [ids.c]: 4 });
    expect(await viewCounts(t.db, [])).toEqual(new Map());
    // The newsroom's two columns.
    const recent = await recentViewCounts(t.db, [ids.a, ids.b, ids.draft], new Date(clock));
    expect(Object.fromEntries(recent.day)).toEqual({ [ids.a]: 4, [ids.b]: 4 });
    expect(Object.fromEntries(recent.week)).toEqual({ [ids.a]: 104, [ids.b]: 4 });
  });

  it("an article's counts go with it", async () => {
    await t.db.article.delete({ where: { id: ids.withdrawn } });
    expect(await t.db.articleView.count({ where: { articleId: ids.withdrawn } })).toBe(0);
  });
});

describe("privacy", () => {
  it("no reader's address is anywhere in the database", async () => {
    const needles = [...READERS, "203.0.113", "2001:db8:77", "198.51.100"];
    for (const spec of transferPlan().tables) {
      for await (const page of readRows(t.db, spec)) {
        const text = JSON.stringify(page);
        for (const needle of needles) expect(text.includes(needle), `${spec.model} holds ${needle}`).toBe(false);
      }
    }
    if (t.engine === "sqlite") {
      const file = t.url.slice("file:".length);
      for (const part of [file, `${file}-wal`].filter(existsSync)) {
        const bytes = readFileSync(part);
        for (const needle of needles) expect(bytes.includes(needle), `${part} holds ${needle}`).toBe(false);
      }
    }
  });
});
