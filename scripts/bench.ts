// `npm run bench`: measures the reader site on a production build. Prints
// numbers; asserts nothing. Prepares its own installation under data/bench
// with the demo content plus BENCH_ARTICLES (default 10,000) generated
// articles, then reports:
//   - requests/second and p50/p99 latency for an article page, the home page
//     and a section page under BENCH_CONNECTIONS (50) concurrent connections;
//   - search latency over the full-text index;
//   - the gzip size of the JavaScript each reader route ships.
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { indexArticle } from "@/lib/search";
import { percentile, prepareInstallation, startServer } from "@/scripts/bench-support";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const EXTRA_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const DATA_DIR = path.resolve("data/bench");
const BASE = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, PORT: String(PORT), DATA_DIR, DATABASE_URL: `file:${DATA_DIR}/sapo.db`, SITE_URL: `http://localhost:${PORT}` };

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

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });

function get(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

async function load(name: string, url: string) {
  await get(url); // fill the cache first: we measure cached serving
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const r = await get(url);
        if (r.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(14)} ${(latencies.length / elapsed).toFixed(0).padStart(7)} req/s   p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms   errors ${errors}`,
  );
}

async function searchLatency() {
  const terms = ["nghe an", "vinh", "мобилизации", "фестиваль", "kim lien", "экзамен", "порт", "чай", "футбол", "дорога"];
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of terms) {
      const t0 = performance.now();
      const r = await get(`${BASE}/search?q=${encodeURIComponent(q)}`);
      if (r.status !== 200) throw new Error(`search failed: ${r.status}`);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`search page    ${times.length} queries, one at a time   p50 ${percentile(times, 50).toFixed(1)} ms   p99 ${percentile(times, 99).toFixed(1)} ms`);
}

async function jsSize(name: string, url: string) {
  const html = (await get(url)).body.toString();
  // Modern browsers skip the noModule polyfills, so they are not counted.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const srcs = [...new Set(tags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]).filter((s): s is string => Boolean(s)))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = (await get(new URL(src, BASE).toString())).body;
    raw += body.length;
    gz += gzipSync(body).length;
  }
  console.log(`${name.padEnd(14)} ${srcs.length} scripts   ${(raw / 1024).toFixed(1)} KiB raw   ${(gz / 1024).toFixed(1)} KiB gzip`);
}

async function main() {
  prepareInstallation(env, DATA_DIR);
  await addArticles(EXTRA_ARTICLES);
  const server = await startServer(env);
  try {
    const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
    const seed = await db.article.findFirstOrThrow({ where: { featured: true, featuredRank: 0 }, include: { section: true } });
    const total = await db.article.count({ where: { status: "PUBLISHED" } });
    await db.$disconnect();
    const articleUrl = `${BASE}/${seed.section.slug}/${seed.slug}`;
    console.log(`\nSapo bench: ${total} published articles, ${CONNECTIONS} connections, ${SECONDS} s per page\n`);
    await load("article page", articleUrl);
    await load("home page", `${BASE}/`);
    await load("section page", `${BASE}/${seed.section.slug}`);
    console.log("");
    await searchLatency();
    console.log("\nJavaScript shipped per reader route");
    await jsSize("home", `${BASE}/`);
    await jsSize("section", `${BASE}/${seed.section.slug}`);
    await jsSize("article", articleUrl);
    await jsSize("search", `${BASE}/search?q=vinh`);
  } finally {
    server.kill("SIGTERM");
    agent.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
