// Two app instances on one database, as behind a load balancer: a publish on
// one reaches the pages the other has cached within 2 seconds (shared content
// version + each instance's cache sync, lib/cache/sync.ts), long before the
// pages' own 60-second expiry. Reader pages carry CDN cache headers.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@/e2e/fixtures";
import { E2E_DATA_DIR, E2E_PORT, e2eDatabaseUrl } from "@/e2e/env";
import { serverNodeArgs } from "@/scripts/server-command";

const SECOND_PORT = E2E_PORT + 1;
const second = `http://localhost:${SECOND_PORT}`;
let instance: ChildProcess | undefined;

test.beforeAll(async () => {
  // The same build, database, data directory and secret as the first instance.
  // Served as `npm start` serves (scripts/server.ts), without its preparation steps.
  instance = spawn(process.execPath, serverNodeArgs(), {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(SECOND_PORT),
      DATA_DIR: E2E_DATA_DIR,
      DATABASE_URL: e2eDatabaseUrl(),
      AUTH_SECRET: readFileSync(path.join(E2E_DATA_DIR, "auth-secret"), "utf8").trim(),
      SITE_URL: `http://localhost:${E2E_PORT}`,
      SITE_LANGUAGE: "en",
      SAPO_SCHEDULER: "off",
    },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${second}/login`).catch(() => null))?.status ?? 0, { timeout: 30_000 })
    .toBe(200);
});

test.afterAll(() => {
  instance?.kill("SIGTERM");
});

test("a publish on one instance refreshes the other's cached pages", { tag: "@postgres" }, async ({ page, db }) => {
  const { loadEditorArticle } = await import("@/lib/articles/article-state");
  const { createArticle } = await import("@/lib/articles/editing");
  const { transition } = await import("@/lib/articles/workflow");
  const { readContentVersion } = await import("@/lib/cache/sync");
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@e2e.test" } });
  const me = { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null };
  const id = await createArticle(db, me, { title: "Ferry timetable for Tet" });
  await transition(db, me, { articleId: id, action: "submit" });
  await transition(db, me, { articleId: id, action: "publish" });
  const live = (await loadEditorArticle(db, id))!;
  const article = await db.article.findUniqueOrThrow({ where: { id }, include: { section: true } });
  const address = `${second}/${article.section.slug}/${article.slug}`;

  // The second instance renders and caches the page; a reload comes from its cache.
  const first = await fetch(address);
  expect(await first.text()).toContain("Ferry timetable for Tet");
  expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=3540");
  expect((await fetch(address)).headers.get("etag")).toBe(first.headers.get("etag"));

  // An editor changes the headline and publishes the update on the first instance.
  await page.goto(`/newsroom/articles/${id}`);
  await page.getByLabel("Title", { exact: true }).fill("Ferry timetable for Tet, extra sailings");
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved/, { timeout: 10_000 });
  const versionBefore = await readContentVersion(db);
  await page.getByRole("button", { name: "Publish update" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publish update" }).click();
  await expect(page.getByText("Live version: what readers see.")).toBeVisible();
  const published = Date.now();
  // The publish went live and announced a new shared content version, which
  // is what the second instance watches.
  expect((await loadEditorArticle(db, id))!.version).toBeGreaterThan(live.version);
  expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Ferry timetable for Tet, extra sailings", pendingJson: null });
  expect(await readContentVersion(db)).not.toBe(versionBefore);

  // The second instance serves the new headline within 2 seconds of the publish, with its default sync interval.
  await expect
    .poll(async () => (await (await fetch(address)).text()).includes("extra sailings"), { timeout: 5_000, intervals: [100] })
    .toBe(true);
  expect(Date.now() - published).toBeLessThanOrEqual(2_000);
});

test("newsroom pages are never cached", { tag: "@engine-independent" }, async ({ page }) => {
  const response = await page.goto("/newsroom");
  expect(response?.headers()["cache-control"]).toMatch(/private|no-store/);
});
