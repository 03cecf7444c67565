// A multi-step write killed half-way leaves the old state, never a mix: the
// child process dies (SIGKILL) in the middle of a publish and of a disable.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/editing";
import { indexedCount } from "@/lib/search";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let editorId: string;

const crash = (mode: string, targetId: string) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/fixtures/crash-midway.ts", t.url, mode, targetId, editorId], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test" },
  });

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "S", slug: "s" } });
  const editor = await t.db.user.create({ data: { email: "editor@example.com", displayName: "Editor", role: "ADMIN" } });
  editorId = editor.id;
});
afterAll(() => t.db.$disconnect());

describe("killed half-way", () => {
  it("a publish leaves the article unpublished, unindexed and without a revision or audit entry", async () => {
    const me = { id: editorId, role: "ADMIN" as const, displayName: "Editor", penName: null };
    const id = await createArticle(t.db, me, { title: "Half-way story" });
    await t.db.article.update({ where: { id }, data: { status: "IN_REVIEW" } });
    const before = await t.db.article.findUniqueOrThrow({ where: { id } });
    const revisions = await t.db.revision.count();
    const audits = await t.db.auditEvent.count();
    const indexed = await indexedCount(t.db);

    const child = crash("publish", id);
    // tsx runs the script in a child of its own, which reports the kill as exit code 137 (128 + 9).
    expect(child.signal ?? child.status, child.stderr).toSatisfy((s: unknown) => s === "SIGKILL" || s === 137);

    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await t.db.revision.count()).toBe(revisions);
    expect(await t.db.auditEvent.count()).toBe(audits);
    expect(await indexedCount(t.db)).toBe(indexed);
  });

  it("disabling a user leaves them active with their sessions intact", async () => {
    const victim = await t.db.user.create({ data: { email: "reporter@example.com", displayName: "R", role: "REPORTER", passwordHash: "x" } });
    const child = crash("disable", victim.id);
    // tsx runs the script in a child of its own, which reports the kill as exit code 137 (128 + 9).
    expect(child.signal ?? child.status, child.stderr).toSatisfy((s: unknown) => s === "SIGKILL" || s === 137);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: victim.id } })).toMatchObject({ disabledAt: null, sessionVersion: 0 });
  });
});
