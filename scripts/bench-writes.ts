// Write load (part of `npm run bench`): 20 writers autosave 20 different
// articles and 5 writers share one article, for BENCH_WRITE_SECONDS (60)
// against a production server, through PUT /api/articles/<id> (the same save
// the editor uses). Prints saves/second, p95 latency, errors and conflict
// refusals, then checks that each article's stored text is its last
// acknowledged save. Prints numbers; exits 1 only if a check fails.
import path from "node:path";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import { hashPassword } from "@/lib/auth/password";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { percentile, prepareInstallation, startServer } from "@/scripts/bench-support";

const PORT = Number(process.env.BENCH_PORT ?? 3201);
const SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 60);
const SOLO = 20;
const SHARED = 5;
const DATA_DIR = path.resolve("data/bench-writes");
const BASE = `http://localhost:${PORT}`;
const PASSWORD = "bench writer password 2026";
const env = { ...process.env, PORT: String(PORT), DATA_DIR, DATABASE_URL: `file:${DATA_DIR}/sapo.db`, SITE_URL: BASE, SAPO_SCHEDULER: "off" };

type Writer = { name: string; email: string; cookie: string; articleId: string; version: number; lastAck: string | null };

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function prepare() {
  prepareInstallation(env, DATA_DIR);
  const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
  const passwordHash = await hashPassword(PASSWORD);
  const writers: Writer[] = [];
  let shared = "";
  for (let i = 0; i < SOLO + SHARED; i++) {
    const user = await db.user.create({ data: { email: `writer${i}@bench.test`, displayName: `Writer ${i}`, role: "EDITOR", passwordHash } });
    const editor = { id: user.id, role: user.role, displayName: user.displayName, penName: null };
    let articleId: string;
    if (i < SOLO) articleId = await createArticle(db, editor, { title: `Solo ${i}`, body: doc("start") as never });
    else articleId = shared ||= await createArticle(db, editor, { title: "Shared", body: doc("start") as never });
    writers.push({ name: user.displayName, email: user.email, cookie: "", articleId, version: 1, lastAck: null });
  }
  await db.$disconnect();
  return writers;
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

async function signIn(w: Writer) {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE, cookie: jar.join("; ") },
    body: new URLSearchParams({ email: w.email, password: PASSWORD, csrfToken, json: "true" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${w.email}: ${res.status}`);
  w.cookie = session;
}

async function main() {
  const writers = await prepare();
  const server = await startServer(env);
  try {
    for (const w of writers) await signIn(w);
    const db = createPrismaClient(resolveDatabaseUrl(env.DATABASE_URL));
    const latencies: number[] = [];
    let errors = 0;
    let conflicts = 0;
    // The shared article's acknowledged saves, by version: the last one must win.
    const sharedAcks = new Map<number, string>();
    const deadline = Date.now() + SECONDS * 1000;
    await Promise.all(
      writers.map(async (w, index) => {
        const base = (await loadEditorArticle(db, w.articleId))!;
        let n = 0;
        while (Date.now() < deadline) {
          const text = `${w.name} save ${++n}`;
          const t0 = performance.now();
          const res = await fetch(`${BASE}/api/articles/${w.articleId}`, {
            method: "PUT",
            headers: { "content-type": "application/json", origin: BASE, cookie: w.cookie },
            body: JSON.stringify({ ...base, body: doc(text), baseVersion: w.version }),
          }).catch(() => null);
          latencies.push(performance.now() - t0);
          if (!res) errors++;
          else if (res.status === 200) {
            w.version = ((await res.json()) as { version: number }).version;
            w.lastAck = text;
            if (index >= SOLO) sharedAcks.set(w.version, text);
          } else if (res.status === 409) {
            conflicts++;
            w.version = ((await res.json()) as { conflict: { version: number } }).conflict.version;
          } else {
            errors++;
            console.error(`Save failed: ${res.status} ${await res.text()}`);
          }
          await new Promise((r) => setTimeout(r, 50 + Math.random() * 100)); // typing pauses
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const saves = latencies.length - errors - conflicts;
    console.log(`\nWrite load: ${SOLO} writers on their own articles, ${SHARED} on one shared article, ${SECONDS} s`);
    console.log(`saves acknowledged ${saves}   ${(saves / SECONDS).toFixed(1)} saves/s   p50 ${percentile(latencies, 50).toFixed(1)} ms   p95 ${percentile(latencies, 95).toFixed(1)} ms`);
    console.log(`errors ${errors}   conflict refusals ${conflicts} (expected on the shared article)`);

    let mismatches = 0;
    for (const w of writers.slice(0, SOLO)) {
      const stored = (await db.article.findUniqueOrThrow({ where: { id: w.articleId } })).bodyText;
      if (stored !== w.lastAck) mismatches++;
    }
    const lastShared = sharedAcks.get(Math.max(...sharedAcks.keys()));
    const storedShared = (await db.article.findUniqueOrThrow({ where: { id: writers[SOLO].articleId } })).bodyText;
    if (lastShared !== undefined && storedShared !== lastShared) mismatches++;
    console.log(`final text equals the last acknowledged save: ${mismatches === 0 ? "yes, for all 21 articles" : `NO, ${mismatches} article(s) differ`}`);
    await db.$disconnect();
    if (errors > 0 || mismatches > 0) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
