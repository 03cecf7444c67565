// Publishing waits for open suggestions (lib/articles/workflow.ts): an
// article whose body still holds suggestions is not published, scheduled or
// updated live, and the refusal says how many; once they are accepted or
// rejected it goes through. Meanwhile the stored reader HTML never shows them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { publishUpdate, transition } from "@/lib/articles/workflow";
import type { Actor } from "@/lib/auth/actor";
import type { JsonNode } from "@/lib/content/body";
import { newSuggestionId, withoutSuggestions } from "@/lib/content/suggestions";
import { UserError } from "@/lib/errors/user-error";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let editor: Actor;

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Politics", slug: "politics" } });
  const u = await t.db.user.create({ data: { email: "editor@example.com", displayName: "Editor", role: "EDITOR" } });
  editor = { id: u.id, role: "EDITOR", displayName: "Editor", penName: null };
});
afterAll(() => t.db.$disconnect());

const plain = (text: string): JsonNode => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** "The mayor spoke" with "new " suggested before "mayor" (and, with `two`, "old " suggested deleted). */
function suggested(two = false): JsonNode {
  const mark = (type: string) => [{ type, attrs: { id: newSuggestionId(editor.id) } }];
  return {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "The " },
          ...(two ? [{ type: "text", text: "old ", marks: mark("deletion") }] : []),
          { type: "text", text: "new ", marks: mark("insertion") },
          { type: "text", text: "mayor spoke" },
        ],
      },
    ],
  };
}

async function refusal(attempt: Promise<unknown>): Promise<UserError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

async function inReview(body: JsonNode): Promise<string> {
  const id = await createArticle(t.db, editor, { title: `Story ${Math.random()}`, body: body as never });
  await t.db.article.update({ where: { id }, data: { status: "IN_REVIEW" } });
  return id;
}

async function save(id: string, body: JsonNode) {
  const current = (await loadEditorArticle(t.db, id))!;
  const outcome = await saveArticle(t.db, editor, { ...current, articleId: id, baseVersion: current.version, body: body as never });
  expect(outcome.kind).toBe("saved");
}

describe("publishing with open suggestions", () => {
  it("is refused with the count, and goes through once they are resolved", async () => {
    const id = await inReview(suggested());
    const stored = await t.db.article.findUniqueOrThrow({ where: { id } });
    // The draft's reader HTML already leaves the suggestion out.
    expect(stored.bodyHtml).toBe("<p>The mayor spoke</p>");

    const error = await refusal(transition(t.db, editor, { articleId: id, action: "publish" }));
    expect(error.key).toBe("workflow.errors.openSuggestions");
    expect(error.values).toEqual({ count: 1 });
    expect(error.messageIn("en")).toMatch(/1 open suggestion\b/);
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");

    // Rejected (the body as it stands without it): now it publishes.
    await save(id, withoutSuggestions(suggested()));
    const result = await transition(t.db, editor, { articleId: id, action: "publish" });
    expect(result.status).toBe("PUBLISHED");
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).bodyHtml).toBe("<p>The mayor spoke</p>");
  });

  it("counts suggestions by id, and refuses scheduling too", async () => {
    const id = await inReview(suggested(true));
    const error = await refusal(transition(t.db, editor, { articleId: id, action: "schedule", at: new Date(Date.now() + 3_600_000) }));
    expect(error.values).toEqual({ count: 2 });
    expect(error.messageIn("en")).toMatch(/2 open suggestions/);
    expect(error.messageIn("vi")).toMatch(/2 đề xuất/);
    // Accepted (insertion kept, deletion made): it schedules.
    await save(id, plain("The new mayor spoke"));
    expect((await transition(t.db, editor, { articleId: id, action: "schedule", at: new Date(Date.now() + 3_600_000) })).status).toBe("SCHEDULED");
  });

  it("refuses to publish pending changes of a live article that hold suggestions", async () => {
    const id = await inReview(plain("The mayor spoke"));
    await transition(t.db, editor, { articleId: id, action: "publish" });
    await save(id, suggested());
    const error = await refusal(publishUpdate(t.db, editor, { articleId: id }));
    expect(error.key).toBe("workflow.errors.openSuggestions");
    expect(error.values).toEqual({ count: 1 });
    await save(id, plain("The new mayor spoke"));
    await publishUpdate(t.db, editor, { articleId: id });
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).bodyHtml).toBe("<p>The new mayor spoke</p>");
  });
});
