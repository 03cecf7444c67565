// `npm run bench:lighthouse`: Lighthouse 12 on the reader site, as a phone on
// a slow connection sees it (Lighthouse's default mobile emulation and
// simulated throttling), for the home page, a section page and the lead
// story. Prepares its own installation (demo content only) under
// data/bench-lh and serves it with `npm start`'s server on BENCH_LH_PORT
// (3202). Prints per page the four category scores, LCP, TBT, CLS and the
// JavaScript transferred, each next to its target, and one summary line.
// Targets are printed, never asserted. The HTML reports are kept in
// data/bench-lh/lighthouse/. Chromium: BENCH_CHROME (/usr/bin/chromium).
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { prepareInstallation, startServer } from "@/scripts/bench-support";

const PORT = Number(process.env.BENCH_LH_PORT ?? 3202);
const CHROME = process.env.BENCH_CHROME ?? "/usr/bin/chromium";
// Each page is audited RUNS times and the median run (Lighthouse's own
// choice: closest to the median FCP and TTI) reported: one run of a page
// without JavaScript still varies by tens of ms of TBT on a busy machine.
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));
const DATA_DIR = path.resolve("data/bench-lh");
// The public address itself (not 127.0.0.1): canonical links then point at
// the audited origin, as they do in production.
const BASE = `http://localhost:${PORT}`;
const env = { ...process.env, PORT: String(PORT), DATA_DIR, DATABASE_URL: `file:${DATA_DIR}/sapo.db`, SITE_URL: BASE };

export type PageScore = {
  name: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsBytes: number;
};

type Target = { label: string; value: (s: PageScore) => number; higherIsBetter: boolean; ok: (v: number) => boolean; show: (v: number) => string; target: string };

const TARGETS: Target[] = [
  { label: "perf", value: (s) => s.performance, higherIsBetter: true, ok: (v) => v >= 95, show: (v) => v.toFixed(0), target: "≥ 95" },
  { label: "a11y", value: (s) => s.accessibility, higherIsBetter: true, ok: (v) => v >= 95, show: (v) => v.toFixed(0), target: "≥ 95" },
  { label: "BP", value: (s) => s.bestPractices, higherIsBetter: true, ok: (v) => v >= 95, show: (v) => v.toFixed(0), target: "≥ 95" },
  { label: "SEO", value: (s) => s.seo, higherIsBetter: true, ok: (v) => v >= 95, show: (v) => v.toFixed(0), target: "≥ 95" },
  { label: "LCP", value: (s) => s.lcpMs, higherIsBetter: false, ok: (v) => v <= 2000, show: (v) => `${(v / 1000).toFixed(2)} s`, target: "≤ 2.0 s" },
  { label: "TBT", value: (s) => s.tbtMs, higherIsBetter: false, ok: (v) => v <= 50, show: (v) => `${v.toFixed(0)} ms`, target: "≤ 50 ms" },
  { label: "CLS", value: (s) => s.cls, higherIsBetter: false, ok: (v) => v <= 0.05, show: (v) => v.toFixed(3), target: "≤ 0.05" },
];

/** One page's line: each value, its target, ✓ or ✗; then the JavaScript transferred. */
export function formatScore(s: PageScore): string {
  const cells = TARGETS.map((t) => `${t.label} ${t.show(t.value(s))} (${t.target} ${t.ok(t.value(s)) ? "✓" : "✗"})`);
  return `${s.name.padEnd(8)} ${cells.join("   ")}   JS ${(s.jsBytes / 1024).toFixed(1)} KiB transferred`;
}

/** The summary: worst value of each measure over all pages, and which targets were missed. */
export function formatSummary(scores: PageScore[]): string {
  const missed: string[] = [];
  const worst = TARGETS.map((t) => {
    const values = scores.map(t.value);
    const v = t.higherIsBetter ? Math.min(...values) : Math.max(...values);
    for (const s of scores) if (!t.ok(t.value(s))) missed.push(`${s.name} ${t.label}`);
    return `${t.label} ${t.show(v)}`;
  });
  const js = Math.max(...scores.map((s) => s.jsBytes));
  return `Summary (worst of ${scores.length} pages): ${worst.join(", ")}, JS ${(js / 1024).toFixed(1)} KiB; ${missed.length ? `targets missed: ${missed.join(", ")}` : "all targets met"}`;
}

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** Audits each page in one headless Chromium; writes each page's median report into `reportDir`. */
export async function auditPages(pages: { name: string; url: string }[], reportDir: string): Promise<PageScore[]> {
  mkdirSync(reportDir, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless=new", "--no-sandbox"] });
  const scores: PageScore[] = [];
  try {
    // Discarded: the first audit in a fresh Chromium can also time the
    // browser's own start-up work (long "unattributable" tasks, so TBT).
    if (pages.length) await lighthouse(pages[0].url, { port: chrome.port, logLevel: "error" });
    for (const page of pages) {
      const runs: { lhr: Result; report: string }[] = [];
      for (let run = 0; run < RUNS; run++) {
        await fetch(page.url); // the server's cache is warm, as for any reader but the first
        const result = await lighthouse(page.url, { port: chrome.port, output: "html", logLevel: "error" });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        const { runtimeError } = result.lhr;
        if (runtimeError) throw new Error(`Lighthouse could not audit ${page.url}: ${runtimeError.code} ${runtimeError.message}`);
        runs.push({ lhr: result.lhr, report: String(result.report) });
      }
      const median: unknown = computeMedianRun(runs.map((r) => r.lhr));
      const { lhr, report } = runs.find((r) => r.lhr === median)!;
      writeFileSync(path.join(reportDir, `${page.name}.html`), report);
      const details = lhr.audits["resource-summary"]?.details;
      const items = details && details.type === "table" ? details.items : [];
      const scripts = items.find((item) => item.resourceType === "script");
      const s: PageScore = {
        name: page.name,
        performance: score(lhr, "performance"),
        accessibility: score(lhr, "accessibility"),
        bestPractices: score(lhr, "best-practices"),
        seo: score(lhr, "seo"),
        lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
        tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        jsBytes: Number(scripts?.transferSize ?? 0),
      };
      console.log(formatScore(s));
      scores.push(s);
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

async function main() {
  prepareInstallation(env, DATA_DIR);
  const server = await startServer(env);
  try {
    const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
    const lead = await db.article.findFirstOrThrow({ where: { featured: true, featuredRank: 0 }, include: { section: true } });
    await db.$disconnect();
    const pages = [
      { name: "home", url: `${BASE}/` },
      { name: "section", url: `${BASE}/${lead.section.slug}` },
      { name: "article", url: `${BASE}/${lead.section.slug}/${lead.slug}` },
    ];
    console.log(`\nLighthouse (mobile emulation, simulated throttling), median of ${RUNS} run(s) per page, on ${BASE}; reports in ${path.relative(process.cwd(), DATA_DIR)}/lighthouse/\n`);
    console.log(formatSummary(await auditPages(pages, path.join(DATA_DIR, "lighthouse"))));
  } finally {
    server.kill("SIGTERM");
  }
}

// Run as a script; imported (a check against a stand-in page), nothing starts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
