// `npm run bench:reads` (part of `npm run bench`): measures the reader site on
// a production build. Prints numbers; asserts nothing about speed (it exits 1
// only if a check fails: nginx's cache not answering the measured requests).
// Prepares its own installation under data/bench with the demo content plus
// BENCH_ARTICLES (default 10,000) generated articles, then reports:
//   - with autocannon, BENCH_CONNECTIONS (50) connections for BENCH_SECONDS
//     (10) each, Accept-Encoding "gzip, br" as a browser sends it: requests/s,
//     p50/p99 latency and CPU ms per request of the server's process tree for
//     the lead story, the home page and a section page, and for two static
//     files served by the same process: the largest /_next/static/ file the
//     newsroom's /login names (Next.js serving from disk: THE FLOOR the pages
//     are compared with) and the reader stylesheet the article links;
//   - the lead story through nginx's micro-cache (scripts/bench-nginx.ts,
//     the configuration docs/deploying.md shows) against nginx serving the
//     same HTML as a plain file, checking that the cache answered;
//   - search latency over the full-text index;
//   - the JavaScript each reader page runs (gzip) and the article's HTML size.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { indexArticle } from "@/lib/search";
import { agent, BROWSER_HEADERS, clockTicksPerSecond, formatLoad, httpGet, measure } from "@/scripts/bench-load";
import { NGINX_BIN, nginxBenchConfig, startNginx, type BenchNginx } from "@/scripts/bench-nginx";
import { nextStaticFiles, pageScripts, stylesheets } from "@/scripts/bench-parse";
import { percentile, prepareInstallation, startServer } from "@/scripts/bench-support";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const EXTRA_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? 3210);
const NGINX_WORKERS = Number(process.env.BENCH_NGINX_WORKERS ?? 1);
const DATA_DIR = path.resolve("data/bench");
const BASE = `http://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  PORT: String(PORT),
  DATA_DIR,
  DATABASE_URL: `file:${DATA_DIR}/sapo.db`,
  SITE_URL: `http://localhost:${PORT}`,
  // As deployed behind nginx (docs/deploying.md).
  TRUSTED_PROXIES: "127.0.0.1",
};
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

async function addArticles(count: number) {
  const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
  const sections = await db.section.findMany({ select: { id: true } });
  const words = (await db.article.findMany({ select: { bodyText: true } }))
    .flatMap((a) => a.bodyText.split(/\s+/))
    .filter((w) => w.length > 3);
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(Math.random() * words.length)]).join(" ");
  const started = Date.now();
  for (let done = 0; done < count; done += 500) {
    const batch = Array.from({ length: Math.min(500, count - done) }, (_, i) => {
      const title = `${pick(6)} ${done + i}`;
      const text = pick(400);
      return {
        id: `bench${randomBytes(8).toString("hex")}`,
        title,
        slug: `bench-${done + i}`,
        lead: pick(30),
        bodyJson: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }),
        bodyHtml: `<p>${text}</p>`,
        bodyText: text,
        status: "PUBLISHED" as const,
        sectionId: sections[(done + i) % sections.length].id,
        publishedAt: new Date(Date.now() - (done + i + 500) * 3_600_000),
      };
    });
    await db.$transaction(async (tx) => {
      await tx.article.createMany({ data: batch });
      for (const a of batch) await indexArticle(tx, a);
    });
  }
  console.log(`Added ${count} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await db.$disconnect();
}


/** The largest JavaScript or CSS file under /_next/static/ that the newsroom's sign-in page names. */
async function largestNextStaticFile(): Promise<string> {
  const login = await httpGet(`${BASE}/login`);
  let largest = { path: "", size: -1 };
  for (const file of nextStaticFiles(login.body.toString())) {
    const url = new URL(file, BASE);
    const r = await httpGet(url.href);
    if (r.status === 200 && r.body.length > largest.size) largest = { path: url.pathname + url.search, size: r.body.length };
  }
  if (!largest.path) throw new Error(`/login (status ${login.status}) names no /_next/static/ JavaScript or CSS file`);
  return largest.path;
}

export async function reads(sapoPid: number, pages: { article: string; home: string; section: string }) {
  const run = (url: string) => measure({ url, seconds: SECONDS, connections: CONNECTIONS, cpuOf: { sapo: sapoPid }, tally: "content-encoding" });
  const chunk = await largestNextStaticFile();
  const css = stylesheets((await httpGet(pages.article)).body.toString())[0];
  // The floor: a file Next.js serves from disk. The pages are compared with it.
  const floor = await run(`${BASE}${chunk}`);
  console.log(formatLoad("static: Next.js file (floor)", floor));
  console.log(`    ${chunk}`);
  if (css) {
    const url = new URL(css, BASE);
    console.log(formatLoad("static: reader stylesheet", await run(url.href), floor));
    console.log(`    ${url.pathname}`);
  } else {
    console.log("static: reader stylesheet       none: the article page has no <link rel=stylesheet>");
  }
  console.log(formatLoad("article page", await run(pages.article), floor));
  console.log(formatLoad("home page", await run(pages.home), floor));
  console.log(formatLoad("section page", await run(pages.section), floor));
}

// nginx answers from its cache: HIT, or STALE/UPDATING while one request refreshes it in the background.
const FROM_CACHE = new Set(["HIT", "STALE", "UPDATING", "REVALIDATED"]);

export async function throughNginx(sapoPid: number, articleUrl: string) {
  if (!existsSync(NGINX_BIN)) {
    console.log(`nginx: ${NGINX_BIN} not found (set BENCH_NGINX=<path to nginx>): skipped`);
    return;
  }
  const b: BenchNginx = { prefix: path.join(DATA_DIR, "nginx"), upstream: `127.0.0.1:${PORT}`, port: NGINX_PORT, plainPort: NGINX_PORT + 1, workers: NGINX_WORKERS };
  mkdirSync(path.join(b.prefix, "plain"), { recursive: true });
  // The page as Sapo sends it uncompressed: nginx serves this file as is.
  writeFileSync(path.join(b.prefix, "plain", "plain.html"), (await httpGet(articleUrl)).body);
  const conf = path.join(b.prefix, "nginx.conf");
  writeFileSync(conf, nginxBenchConfig(b));
  const nginx = await startNginx(b, conf);
  try {
    const article = new URL(articleUrl);
    const cachedUrl = `http://127.0.0.1:${b.port}${article.pathname}${article.search}`;
    await httpGet(cachedUrl, BROWSER_HEADERS); // fills the cache; measure()'s warm-up is then a HIT
    const cpuOf = { nginx: nginx.pid, sapo: sapoPid };
    const cached = await measure({ url: cachedUrl, seconds: SECONDS, connections: CONNECTIONS, cpuOf, tally: "x-cache-status" });
    const plain = await measure({ url: `http://127.0.0.1:${b.plainPort}/plain.html`, seconds: SECONDS, connections: CONNECTIONS, cpuOf, tally: "content-encoding" });
    console.log(`nginx ${NGINX_WORKERS} worker(s), configuration ${path.relative(process.cwd(), conf)} (the site part is docs/deploying.md's)`);
    console.log(formatLoad("plain file (identity HTML)", plain));
    console.log(formatLoad("article via nginx cache", cached));
    console.log(`cached article: ${((100 * cached.rps) / plain.rps).toFixed(0)}% of the plain file's requests/s`);
    const warm = String(cached.warmUp.headers["x-cache-status"] ?? "none");
    const missed = Object.entries(cached.tally).filter(([status]) => !FROM_CACHE.has(status));
    if (warm !== "HIT" || missed.length) {
      console.log(`CHECK FAILED: nginx's cache did not answer: warm-up ${warm}; ${missed.map(([s, n]) => `${n} × ${s}`).join(", ") || "measured requests all from cache"}`);
      process.exitCode = 1;
    } else {
      console.log("check: every measured request was answered from nginx's cache");
    }
  } finally {
    await nginx.stop();
  }
}

export async function searchLatency() {
  const terms = ["nghe an", "vinh", "мобилизации", "le hoi", "kim lien", "ky thi", "cang", "che", "bong da", "duong"];
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of terms) {
      const t0 = performance.now();
      const r = await httpGet(`${BASE}/search?q=${encodeURIComponent(q)}`, BROWSER_HEADERS);
      if (r.status !== 200) throw new Error(`search failed: ${r.status}`);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`search page    ${times.length} queries, one at a time   p50 ${percentile(times, 50).toFixed(1)} ms   p99 ${percentile(times, 99).toFixed(1)} ms`);
}

export async function jsSize(name: string, url: string) {
  const { external, inline } = pageScripts((await httpGet(url)).body.toString());
  let raw = 0;
  let gz = 0;
  for (const body of [...(await Promise.all(external.map(async (src) => (await httpGet(new URL(src, url).href)).body))), ...inline.map((t) => Buffer.from(t))]) {
    raw += body.length;
    gz += gzipSync(body).length; // an inline script alone: a little more than its share of the gzipped page
  }
  console.log(`${name.padEnd(10)} ${external.length} external + ${inline.length} inline scripts   ${kib(raw)} KiB raw   ${kib(gz)} KiB gzip   (target ≤ 15 KB)`);
}

export async function htmlSize(url: string) {
  const identity = await httpGet(url);
  const sent = await Promise.all(["br", "gzip"].map((encoding) => httpGet(url, { "accept-encoding": encoding })));
  const asSent = sent.map((r) => `${kib(r.body.length)} KiB as ${r.headers["content-encoding"] ?? "identity"}`).join(", ");
  console.log(`article HTML   ${kib(identity.body.length)} KiB before compression (target ≤ 60 KB); ${asSent}`);
}

async function main() {
  prepareInstallation(env, DATA_DIR);
  await addArticles(EXTRA_ARTICLES);
  const server = await startServer(env);
  try {
    const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
    const lead = await db.article.findFirstOrThrow({ where: { featured: true, featuredRank: 0 }, include: { section: true } });
    const total = await db.article.count({ where: { status: "PUBLISHED" } });
    await db.$disconnect();
    const pages = { article: `${BASE}/${lead.section.slug}/${lead.slug}`, home: `${BASE}/`, section: `${BASE}/${lead.section.slug}` };
    console.log(`\nSapo bench: ${total} published articles; autocannon, ${CONNECTIONS} connections, ${SECONDS} s per URL, Accept-Encoding "${BROWSER_HEADERS["accept-encoding"]}"`);
    console.log(`${os.cpus().length} CPUs shared by server and load generator; CPU/req: the server's whole process tree (pid ${server.pid}), CLK_TCK ${clockTicksPerSecond()}\n`);
    await reads(server.pid!, pages);
    console.log("");
    await throughNginx(server.pid!, pages.article);
    console.log("");
    await searchLatency();
    console.log("\nJavaScript each reader page runs (external files and inline scripts, JSON-LD not counted)");
    await jsSize("home", pages.home);
    await jsSize("section", pages.section);
    await jsSize("article", pages.article);
    await jsSize("search", `${BASE}/search?q=vinh`);
    await htmlSize(pages.article);
  } finally {
    server.kill("SIGTERM");
    agent.destroy();
  }
}

// Run as a script; imported (a check of the measuring code against a stand-in server), nothing starts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
