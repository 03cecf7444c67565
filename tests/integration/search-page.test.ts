// The reader site's search page as Sapo's own server answers it, on a real
// database (either engine): matched words marked in titles and snippets,
// titles escaped, the section and date filters narrowing the results and
// kept across pages, help when nothing matches, the query in the masthead's
// box and no other text box on the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReaderHandler } from "@/lib/reader/handler";
import { indexArticle } from "@/lib/search";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { serveReader, type Answer, type ReaderTestServer } from "@/tests/support/reader-server";

let t: TestDb;
let site: ReaderTestServer;
const DAY_MS = 86_400_000;

function get(pathname: string): Promise<Answer> {
  return site.get(pathname);
}
async function story(slug: string, data: { title: string; section: string; lead?: string; body?: string; daysAgo?: number }) {
  const section = await t.db.section.upsert({ where: { slug: data.section }, create: { name: data.section.toUpperCase(), slug: data.section }, update: {} });
  const body = data.body ?? "Bài viết đầy đủ.";
  const article = await t.db.article.create({
    data: {
      title: data.title,
      slug,
      lead: data.lead ?? "",
      bodyJson: "{}",
      bodyHtml: `<p>${body}</p>`,
      bodyText: body,
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - (data.daysAgo ?? 0) * DAY_MS),
      sectionId: section.id,
    },
  });
  await indexArticle(t.db, article);
  return article;
}

/** The results' titles (their text, marks removed), in order. */
function titles(body: string): string[] {
  return [...body.matchAll(/<h2 class="search-result-title"[^>]*><a [^>]*>(.*?)<\/a><\/h2>/g)].map((m) => m[1].replace(/<\/?mark>/g, ""));
}

const filler = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

beforeAll(async () => {
  process.env.SITE_URL = "https://baonghean.example";
  t = await freshDatabase();
  await t.db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  await story("ha-noi-vanh-dai", { title: "Hà Nội mở rộng đường vành đai", section: "thoi-su", lead: "Thủ đô Hà Nội khởi công dự án mới." });
  await story("giao-thong", {
    title: "Giao thông cuối tuần",
    section: "thoi-su",
    lead: "Tin tổng hợp trong ngày.",
    body: `${filler("đoạn", 60)}. Đoàn xe từ Hà Nội về Vinh kéo dài hàng cây số. ${filler("cuối", 60)}`,
    daysAgo: 3,
  });
  await story("ha-noi-xua", { title: "Hà Nội năm xưa", section: "van-hoa", lead: "Ký ức phố cổ.", daysAgo: 400 });
  await story("the-html", { title: `<script>alert("x")</script> Cửa Lò <b>đẹp</b>`, section: "van-hoa", lead: "Biển Cửa Lò vào hè." });
  for (let i = 1; i <= 13; i++) await story(`ben-pha-${i}`, { title: `Bến phà số ${i}`, section: "kinh-te", daysAgo: i });
  await story("ben-pha-cu", { title: "Bến phà cũ", section: "van-hoa" });

  const handler = createReaderHandler({ db: t.db, sql: () => t.db, dev: false });
  site = await serveReader(handler);
});

afterAll(async () => {
  site?.close();
  await t?.db.$disconnect();
});

describe("the search page", () => {
  it("marks the matched words in titles and snippets, found without diacritics", async () => {
    const page = await get("/search?q=ha+noi");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toContain("no-store");
    expect(titles(page.body).sort()).toEqual(["Giao thông cuối tuần", "Hà Nội mở rộng đường vành đai", "Hà Nội năm xưa"]);
    expect(page.body).toContain("<mark>Hà Nội</mark> mở rộng đường vành đai</a></h2>");
    // The lead holds the words: it is the snippet.
    expect(page.body).toContain('<p class="search-result-snippet">Thủ đô <mark>Hà Nội</mark> khởi công dự án mới.</p>');
    // Only the body holds them: a window of it around the match.
    const snippet = page.body.match(/<p class="search-result-snippet">([^]*?)<\/p>/g)?.find((p) => p.includes("Đoàn xe")) ?? "";
    expect(snippet).toContain("Đoàn xe từ <mark>Hà Nội</mark> về Vinh");
    expect(snippet).toContain("…");
    expect(snippet.length).toBeLessThan(400);
    expect(page.body).toContain("<h1 class=\"page-title\">Kết quả cho “ha noi”</h1>");
    expect(page.body).toContain("Tìm thấy 3 bài viết");
  });

  it("shows the query in the masthead's box, the only text box on the page", async () => {
    const page = await get(`/search?q=${encodeURIComponent('<Hà> "Nội"')}`);
    expect(titles(page.body)).toHaveLength(3);
    expect(page.body.match(/type="search"/g)).toHaveLength(1);
    expect(page.body).toMatch(/<input id="header-q"[^>]* value="&lt;Hà&gt; &quot;Nội&quot;"/);
    // The filters belong to the masthead's form, with a labelled button.
    expect(page.body).toContain('<form id="site-search"');
    expect(page.body).toMatch(/<select id="search-section" name="section" form="site-search">/);
    expect(page.body).toMatch(/<select id="search-date" name="date" form="site-search">/);
    expect(page.body).toMatch(/<button type="submit" form="site-search">Áp dụng bộ lọc<\/button>/);
    expect((await get("/search")).body.match(/type="search"/g)).toHaveLength(1);
  });

  it("escapes HTML in titles, and marks inside the escaped text", async () => {
    const page = await get("/search?q=cua+lo");
    expect(page.body).not.toContain('<script>alert("x")</script>');
    expect(page.body).not.toContain("<b>đẹp</b>");
    expect(page.body).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Cửa Lò</mark> &lt;b&gt;đẹp&lt;/b&gt;");
  });

  it("narrows by section and by date, and ignores filter values that make no sense", async () => {
    expect(titles((await get("/search?q=ha+noi&section=van-hoa")).body)).toEqual(["Hà Nội năm xưa"]);
    const recent = await get("/search?q=ha+noi&date=year");
    expect(titles(recent.body).sort()).toEqual(["Giao thông cuối tuần", "Hà Nội mở rộng đường vành đai"]);
    expect(recent.body).toContain('<option value="year" selected="">');
    expect(titles((await get("/search?q=ha+noi&date=day")).body)).toEqual(["Hà Nội mở rộng đường vành đai"]);
    const both = await get("/search?q=ha+noi&section=thoi-su&date=week");
    expect(titles(both.body).sort()).toEqual(["Giao thông cuối tuần", "Hà Nội mở rộng đường vành đai"]);
    expect(both.body).toContain('<option value="thoi-su" selected="">');
    const nonsense = await get("/search?q=ha+noi&section=khong-co&date=decade&page=abc");
    expect(nonsense.status).toBe(200);
    expect(titles(nonsense.body)).toHaveLength(3);
    // The masthead's form sends empty filters as "": no filter.
    expect(titles((await get("/search?q=ha+noi&section=&date=")).body)).toHaveLength(3);
  });

  it("keeps the filters across pages", async () => {
    const first = await get("/search?q=ben+pha&section=kinh-te&date=month");
    expect(first.body).toContain("Tìm thấy 13 bài viết");
    expect(titles(first.body)).toHaveLength(12);
    expect(first.body).toContain('href="/search?q=ben+pha&amp;section=kinh-te&amp;date=month&amp;page=2"');
    const second = await get("/search?q=ben+pha&section=kinh-te&date=month&page=2");
    expect(titles(second.body)).toHaveLength(1);
    expect(second.body).toContain('href="/search?q=ben+pha&amp;section=kinh-te&amp;date=month"');
    expect([...titles(first.body), ...titles(second.body)]).not.toContain("Bến phà cũ");
  });

  it("helps when nothing matches: without diacritics, fewer words, without the filters, the latest stories", async () => {
    const none = await get("/search?q=xyzzy+plugh");
    expect(none.status).toBe(200);
    expect(none.body).toContain("Không có bài viết nào phù hợp với “xyzzy plugh”.");
    expect(none.body).toContain("“ha noi” vẫn tìm được “Hà Nội”");
    expect(none.body).toContain("Thử bớt từ khóa");
    expect(none.body).toContain('<a href="/">Đọc tin mới nhất trên trang chủ</a>');
    expect(none.body).not.toContain("Tìm trong tất cả chuyên mục");
    // Nothing to narrow: no count of nothing, no filters.
    expect(none.body).not.toContain("Tìm thấy");
    expect(none.body).not.toContain('id="search-section"');
    const filtered = await get("/search?q=cua+lo&section=thoi-su");
    expect(filtered.body).toContain("theo bộ lọc đã chọn");
    expect(filtered.body).toContain('<option value="thoi-su" selected="">');
    expect(filtered.body).toContain('<a href="/search?q=cua+lo">Tìm trong tất cả chuyên mục, mọi thời điểm</a>');
    expect(titles((await get("/search?q=cua+lo")).body)).toHaveLength(1);
  });
});
