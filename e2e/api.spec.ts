// The JSON save API: same rules as the editor (session, Origin, versions).
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle } from "@/lib/articles/editing";
import { ADMIN, expect, test } from "@/e2e/fixtures";

test("PUT /api/articles/<id> saves with a version check and refuses cross-site or anonymous calls", { tag: "@postgres" }, async ({ page, db, baseURL }) => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: ADMIN.email } });
  const id = await createArticle(db, { id: admin.id, role: admin.role, displayName: admin.displayName, penName: null }, { title: "API story" });
  const { id: _id, version, status: _s, updatedAt: _u, hasPendingChanges: _h, reviewNote: _r, ...fields } = (await loadEditorArticle(db, id))!;
  const put = (data: object, headers: Record<string, string> = { origin: baseURL! }) =>
    page.request.put(`/api/articles/${id}`, { data, headers });

  await page.goto("/newsroom"); // signed in as the admin (storage state)
  const ok = await put({ ...fields, lead: "Saved through the API", baseVersion: version });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).version).toBe(version + 1);
  const stale = await put({ ...fields, lead: "Stale", baseVersion: version });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).conflict.lead).toBe("Saved through the API");
  expect((await put({ ...fields, baseVersion: version + 1 }, { origin: "https://evil.example" })).status()).toBe(403);
  expect((await put({ ...fields, baseVersion: version + 1 }, {})).status()).toBe(403);
  const bad = await put({ ...fields, baseVersion: version + 1, body: { type: "doc", content: [{ type: "script" }] } });
  expect(bad.status()).toBe(400);
  const anonymous = await page.context().browser()!.newContext({ storageState: { cookies: [], origins: [] } });
  expect((await anonymous.request.put(`${baseURL}/api/articles/${id}`, { data: { ...fields, baseVersion: version + 1 }, headers: { origin: baseURL! } })).status()).toBe(401);
  await anonymous.close();
  expect((await loadEditorArticle(db, id))!.lead).toBe("Saved through the API");
});
