// `npm run bench:api` (part of `npm run bench`): the content API
// (lib/api/handler.ts) on a production build, with a key. Prints numbers;
// asserts nothing about speed (it exits 1 only if an answer was not a 200).
// Prepares its own installation under data/bench-api (the demo content plus
// BENCH_ARTICLES, default 2,000, generated published articles), raises the
// per-key rate limit to its maximum so the limiter measures its cost without
// refusing, and reports, with autocannon at BENCH_CONNECTIONS (50)
// connections for BENCH_SECONDS (10) each, on a warm response cache:
//   - the article list (/api/v1/articles, 20 items without bodies);
//   - one article (/api/v1/articles/{id}, the lead story, body and all);
//   - the same article as IPTC ninjs;
// requests/s, p50/p99 latency and CPU per request of the server's process tree.
// Each measurement has a key of its own: one key's requests per minute stay
// under the limit.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { API_SCOPES } from "@/lib/api/schemas";
import { newApiKeySecret } from "@/lib/api-keys/secret";
import { RATE_LIMIT_RANGE } from "@/lib/settings/api";
import { agent, clockTicksPerSecond, formatLoad, measure } from "@/scripts/bench-load";
import { prepareInstallation, startServer } from "@/scripts/bench-support";

const PORT = Number(process.env.BENCH_PORT ?? 3220);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const EXTRA_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2_000);
const DATA_DIR = path.resolve("data/bench-api");
const BASE = `http://127.0.0.1:${PORT}`;
const env = {
  ...process.env,
  PORT: String(PORT),
  DATA_DIR,
  DATABASE_URL: `file:${DATA_DIR}/sapo.db`,
  SITE_URL: `http://localhost:${PORT}`,
};

/** Published articles with a paragraph of filler each, an hour apart, older than the demo's. */
async function addArticles(db: Db, count: number) {
  const sections = await db.section.findMany({ select: { id: true } });
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      const n = start + i;
      const text = `Bài số ${n} của bộ đo API. `.repeat(40);
      return {
        id: `benchapi${randomBytes(8).toString("hex")}`,
        title: `Bài đo API số ${n}`,
        slug: `bench-api-${n}`,
        lead: `Sapo của bài đo số ${n}.`,
        bodyJson: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }),
        bodyHtml: `<p>${text}</p>`,
        bodyText: text,
        status: "PUBLISHED" as const,
        sectionId: sections[n % sections.length].id,
        publishedAt: new Date(Date.now() - (n + 1000) * 3_600_000),
      };
    });
    await db.article.createMany({ data: rows });
  }
}

/** A key with every scope, written as createApiKey writes one (the bench has no signed-in admin). */
async function newKey(db: Db, name: string): Promise<string> {
  const { token, prefix, secretHash } = newApiKeySecret();
  await db.apiKey.create({ data: { name, prefix, secretHash, scopes: JSON.stringify(API_SCOPES) } });
  return token;
}

async function main() {
  prepareInstallation(env, DATA_DIR);
  const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
  await addArticles(db, EXTRA_ARTICLES);
  const limit = JSON.stringify(RATE_LIMIT_RANGE.max);
  await db.setting.upsert({ where: { key: "apiRateLimitPerKey" }, create: { key: "apiRateLimitPerKey", value: limit }, update: { value: limit } });
  const lead = (await db.article.findFirst({ where: { status: "PUBLISHED", featured: true }, orderBy: { featuredRank: "asc" } })) ??
    (await db.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" } }));
  const total = await db.article.count({ where: { status: "PUBLISHED" } });
  const keys = { list: await newKey(db, "bench list"), one: await newKey(db, "bench one"), ninjs: await newKey(db, "bench ninjs") };
  await db.$disconnect();

  const server = await startServer(env);
  try {
    console.log(`\nSapo content API bench: ${total} published articles; autocannon, ${CONNECTIONS} connections, ${SECONDS} s per URL, with a key, warm cache`);
    console.log(`${os.cpus().length} CPUs shared by server and load generator; CPU/req: the server's process tree (pid ${server.pid}), CLK_TCK ${clockTicksPerSecond()}\n`);
    const run = (url: string, key: string) =>
      measure({ url, seconds: SECONDS, connections: CONNECTIONS, headers: { "accept-encoding": "gzip, br", authorization: `Bearer ${key}` }, cpuOf: { sapo: server.pid! } });
    const results = [
      ["article list (20, no bodies)", await run(`${BASE}/api/v1/articles`, keys.list)],
      ["one article (JSON)", await run(`${BASE}/api/v1/articles/${lead.id}`, keys.one)],
      ["one article (ninjs)", await run(`${BASE}/api/v1/articles/${lead.id}?format=ninjs`, keys.ninjs)],
    ] as const;
    for (const [name, result] of results) console.log(formatLoad(name, result));
    if (results.some(([, r]) => r.errors > 0)) {
      console.log("CHECK FAILED: some answers were not 200 (see ERRORS above)");
      process.exitCode = 1;
    }
  } finally {
    server.kill("SIGTERM");
    agent.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
