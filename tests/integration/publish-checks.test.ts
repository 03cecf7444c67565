// The publish checks on the server (lib/articles/publish-gate.ts): a person
// cannot publish, schedule or publish an update while a check warns (images
// without alt text, a headline too long for the newsroom's settings…), unless
// they override it and say why; the override is recorded as an audit event
// with the checks, the reason and the version, in the same transaction. The
// checks measure against the settings as they are at publish. The scheduler publishes what was scheduled without asking. The
// actions answer the refusal with the warnings as data. And the media
// library's "missing alt text" view lists exactly the images lacking it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import type { CheckResult } from "@/lib/articles/publish-checks";
import { publishUpdate, runDueSchedules, transition } from "@/lib/articles/workflow";
import type { CurrentUser } from "@/lib/auth/session";
import type { JsonNode } from "@/lib/content/json-node";
import { UserError } from "@/lib/errors/user-error";
import { updateSiteSettings } from "@/lib/settings/site-settings";
import { mediaUrl } from "@/lib/media/urls";
import { actAs, createStaff } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let editor: CurrentUser;
let sectionId: string;
let actions: {
  transition: typeof import("@/lib/actions/articles/transition-article").transitionArticleAction;
  publishUpdate: typeof import("@/lib/actions/articles/publish-update").publishUpdateAction;
};
let listMedia: typeof import("@/lib/media/queries").listMedia;

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  actions = {
    transition: (await import("@/lib/actions/articles/transition-article")).transitionArticleAction,
    publishUpdate: (await import("@/lib/actions/articles/publish-update")).publishUpdateAction,
  };
  // Imported once DATABASE_URL names this database (lib/db opens it when first imported).
  ({ listMedia } = await import("@/lib/media/queries"));
  sectionId = (await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
  ({ editor } = await createStaff(t.db, { editor: "EDITOR" }));
});
afterAll(() => t.db.$disconnect());

let n = 0;
async function image(alt: string, kind = "image") {
  n++;
  // Credited: these tests are about alt text (the credit check has tests of its own below).
  const credit = "Ảnh: Thanh Lê";
  return t.db.media.create({ data: { fileKey: `img${n}`, mimeType: kind === "image" ? "image/jpeg" : "video/mp4", width: 800, height: 600, variants: "400,800", sizeBytes: 1000, alt, credit, kind } });
}

const figure = (m: { id: string; fileKey: string }, alt: string, caption = "") => ({
  type: "figure",
  attrs: { src: mediaUrl(m.fileKey, 800), mediaId: m.id, width: 800, height: 600, alt, caption, credit: "Ảnh: Thanh Lê" },
});
const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: JsonNode[]): JsonNode => ({ type: "doc", content });

async function inReview(body: JsonNode, coverMediaId: string | null = null, fields: { title?: string; lead?: string; seoTitle?: string } = {}): Promise<string> {
  const id = await createArticle(t.db, editor, { sectionId, title: `Lũ miền Trung ${++n}`, body, coverMediaId, ...fields });
  await t.db.article.update({ where: { id }, data: { status: "IN_REVIEW" } });
  return id;
}

async function refusal(attempt: Promise<unknown>): Promise<UserError> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const statusOf = async (id: string) => (await t.db.article.findUniqueOrThrow({ where: { id } })).status;
const overrides = (id: string) => t.db.auditEvent.findMany({ where: { targetId: id, action: "article.checksOverridden" } });

describe("publishing an article with images lacking alt text", () => {
  it("is refused with the warnings, and nothing is written", async () => {
    const m = await image("");
    const id = await inReview(doc(para("Nước lên nhanh."), figure(m, "", "Người dân sơ tán"), figure(m, "Mô tả")));
    const before = await t.db.article.findUniqueOrThrow({ where: { id } });
    const error = await refusal(transition(t.db, editor, { articleId: id, action: "publish" }));
    expect(error.key).toBe("workflow.errors.checksWarn");
    const checks = (error.data as { checks: CheckResult[] }).checks;
    expect(checks).toEqual([{ id: "missingAlt", state: "warn", count: 1, details: [{ item: "figure", position: 1, text: "Người dân sơ tán" }] }]);
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await t.db.auditEvent.count({ where: { targetId: id } })).toBe(0);
  });

  it("goes through with an override, recorded with the checks, the reason and the version", async () => {
    const m = await image("");
    const id = await inReview(doc(figure(m, "")));
    const result = await transition(t.db, editor, { articleId: id, action: "publish", override: { checks: ["missingAlt"], reason: "Ảnh gấp từ phóng viên" } });
    expect(result.status).toBe("PUBLISHED");
    const [event] = await overrides(id);
    expect(event.actorId).toBe(editor.id);
    expect(JSON.parse(event.detail)).toEqual({ checks: ["missingAlt"], reason: "Ảnh gấp từ phóng viên", version: result.version });
    // Beside the publish event itself.
    expect(await t.db.auditEvent.count({ where: { targetId: id, action: "article.publish" } })).toBe(1);
  });

  it("needs no override when every image is described, and records none when one is sent", async () => {
    const m = await image("Cầu Trường Tiền");
    const id = await inReview(doc(figure(m, "Cầu Trường Tiền trong lũ")), m.id);
    await transition(t.db, editor, { articleId: id, action: "publish", override: { checks: ["missingAlt"], reason: "không cần" } });
    expect(await statusOf(id)).toBe("PUBLISHED");
    expect(await overrides(id)).toHaveLength(0);
  });

  it("counts a cover whose library item has no alt text", async () => {
    const cover = await image("");
    const id = await inReview(doc(para("Chỉ có chữ.")), cover.id);
    const error = await refusal(transition(t.db, editor, { articleId: id, action: "publish" }));
    expect((error.data as { checks: CheckResult[] }).checks[0].details).toEqual([{ item: "cover", text: "" }]);
    // Described in the library: it passes, with no override.
    await t.db.media.update({ where: { id: cover.id }, data: { alt: "Đê sông Hồng" } });
    await transition(t.db, editor, { articleId: id, action: "publish" });
    expect(await statusOf(id)).toBe("PUBLISHED");
  });
});

describe("scheduling", () => {
  it("is refused likewise, goes through with an override, and the scheduler publishes it without asking", async () => {
    const m = await image("");
    const id = await inReview(doc(figure(m, "")));
    const at = new Date(Date.now() + 60_000);
    expect((await refusal(transition(t.db, editor, { articleId: id, action: "schedule", at }))).key).toBe("workflow.errors.checksWarn");
    expect(await statusOf(id)).toBe("IN_REVIEW");
    // An override without a reason is refused too.
    expect((await refusal(transition(t.db, editor, { articleId: id, action: "schedule", at, override: { checks: ["missingAlt"] } }))).key).toBe("workflow.errors.reasonMissing");
    expect(await statusOf(id)).toBe("IN_REVIEW");
    const scheduled = await transition(t.db, editor, { articleId: id, action: "schedule", at, override: { checks: ["missingAlt"], reason: "Mô tả bổ sung sau" } });
    expect(scheduled.status).toBe("SCHEDULED");
    expect(JSON.parse((await overrides(id))[0].detail)).toEqual({ checks: ["missingAlt"], reason: "Mô tả bổ sung sau", version: scheduled.version });
    // The image still has no alt text when the time comes: the scheduler publishes anyway.
    expect(await runDueSchedules(t.db, new Date(at.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id)).toBe("PUBLISHED");
    expect(await overrides(id)).toHaveLength(1);
  });
});

describe("publishing a pending update", () => {
  it("checks the pending version: refused while it adds an image without alt text, then overridden", async () => {
    const m = await image("");
    const id = await inReview(doc(para("Bản đầu.")));
    await transition(t.db, editor, { articleId: id, action: "publish" });
    const current = (await loadEditorArticle(t.db, id))!;
    const saved = await saveArticle(t.db, editor, { ...current, articleId: id, baseVersion: current.version, body: doc(para("Bản sau."), figure(m, "", "Hiện trường")) as never });
    expect(saved.kind).toBe("saved");
    const error = await refusal(publishUpdate(t.db, editor, { articleId: id }));
    expect(error.key).toBe("workflow.errors.checksWarn");
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).pendingJson).not.toBeNull();
    const { version } = await publishUpdate(t.db, editor, { articleId: id, override: { checks: ["missingAlt"], reason: "Cập nhật khẩn" } });
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).pendingJson).toBeNull();
    expect(JSON.parse((await overrides(id))[0].detail)).toEqual({ checks: ["missingAlt"], reason: "Cập nhật khẩn", version });
  });
});

describe("through the actions", () => {
  it("a refusal answers the warnings as data; the override goes through the input", async () => {
    const m = await image("");
    const id = await inReview(doc(figure(m, "", "Chú thích")));
    actAs(editor);
    const { version } = await t.db.article.findUniqueOrThrow({ where: { id } });
    const refused = await actions.transition({ articleId: id, action: "publish", baseVersion: version });
    expect(refused).toMatchObject({ ok: false, data: { checks: [{ id: "missingAlt", count: 1 }] } });
    expect(refused.ok ? "" : refused.error).toMatch(/1 thing/);
    // An unknown check name is refused by the schema.
    expect(await actions.transition({ articleId: id, action: "publish", baseVersion: version, override: { checks: ["noSuchCheck"] } })).toMatchObject({ ok: false, fieldErrors: {} });
    const done = await actions.transition({ articleId: id, action: "publish", baseVersion: version, override: { checks: ["missingAlt"], reason: "Ảnh của bạn đọc" } });
    expect(done).toMatchObject({ ok: true, status: "PUBLISHED" });
    const [event] = await overrides(id);
    expect(event.ip).toBe("203.0.113.9");
  });

  it("publish-update takes the override too", async () => {
    const m = await image("");
    const id = await inReview(doc(para("Một.")));
    await transition(t.db, editor, { articleId: id, action: "publish" });
    const current = (await loadEditorArticle(t.db, id))!;
    await saveArticle(t.db, editor, { ...current, articleId: id, baseVersion: current.version, body: doc(para("Hai."), figure(m, "")) as never });
    const { version } = await t.db.article.findUniqueOrThrow({ where: { id } });
    actAs(editor);
    expect(await actions.publishUpdate({ articleId: id, baseVersion: version })).toMatchObject({ ok: false, data: { checks: [{ id: "missingAlt" }] } });
    // No reason, or only spaces: refused, with the message to show.
    for (const reason of [undefined, "   "]) {
      const refused = await actions.publishUpdate({ articleId: id, baseVersion: version, override: { checks: ["missingAlt"], reason } });
      expect(refused).toMatchObject({ ok: false, error: "Say why it should go live despite the warnings: the reason is recorded." });
    }
    // Too long: refused by the schema, with the limit in the message.
    const long = await actions.publishUpdate({ articleId: id, baseVersion: version, override: { checks: ["missingAlt"], reason: "x".repeat(501) } });
    expect(long).toMatchObject({ ok: false });
    expect(JSON.stringify(long.ok ? {} : long.fieldErrors)).toContain("The reason can have at most 500 characters.");
    expect(await overrides(id)).toHaveLength(0);
    expect(await actions.publishUpdate({ articleId: id, baseVersion: version, override: { checks: ["missingAlt"], reason: "  Ảnh của bạn đọc  " } })).toMatchObject({ ok: true });
    expect(JSON.parse((await overrides(id))[0].detail)).toMatchObject({ checks: ["missingAlt"], reason: "Ảnh của bạn đọc" });
  });
});

describe("the copy desk's checks, against the newsroom's settings", () => {
  // The settings are changed by the editor's account: updateSiteSettings checks no permission (the action does).
  const admin = () => ({ id: editor.id, ip: null });
  const checksOf = (error: UserError) => (error.data as { checks: CheckResult[] }).checks;

  it("measures the headline against the lengths set now, and the dateline once one is set", async () => {
    const title = "Nghệ An khởi công tuyến đường ven biển nối Cửa Lò với Diễn Châu, dài 20 km"; // 74 characters
    const id = await inReview(doc(para("Sáng nay, công trình được khởi công.")), null, { title, lead: "Sáng 29/11, tỉnh khởi công." });
    // The defaults: over the search length (70), within the home page's (100).
    const first = await refusal(transition(t.db, editor, { articleId: id, action: "publish" }));
    expect(checksOf(first).map((c) => c.id)).toEqual(["titleSearch"]);
    expect(checksOf(first)[0].details).toEqual([{ item: "title", text: "", length: 74, limit: 70 }]);
    try {
      await updateSiteSettings(t.db, admin(), { titleSearchLength: 80, titleLength: 60, datelinePrefix: "(Baonghean.vn) -" });
      const second = await refusal(transition(t.db, editor, { articleId: id, action: "publish" }));
      expect(checksOf(second).map((c) => [c.id, c.details[0].limit ?? c.details[0].text])).toEqual([
        ["titleHome", 60],
        ["dateline", "Sáng 29/11, tỉnh khởi công."],
      ]);
      // Overriding one leaves the other.
      const third = await refusal(transition(t.db, editor, { articleId: id, action: "publish", override: { checks: ["titleHome"], reason: "Tít dài có chủ đích" } }));
      expect(checksOf(third).map((c) => c.id)).toEqual(["dateline"]);
      expect(await statusOf(id)).toBe("IN_REVIEW");
      // The lead fixed (another dash, other spacing): only the headline is overridden.
      const current = (await loadEditorArticle(t.db, id))!;
      await saveArticle(t.db, editor, { ...current, articleId: id, baseVersion: current.version, lead: "(Baonghean.vn)– Sáng 29/11, tỉnh khởi công." });
      const done = await transition(t.db, editor, { articleId: id, action: "publish", override: { checks: ["titleHome"], reason: "Tít dài có chủ đích" } });
      expect(done.status).toBe("PUBLISHED");
      expect(JSON.parse((await overrides(id))[0].detail)).toEqual({ checks: ["titleHome"], reason: "Tít dài có chủ đích", version: done.version });
    } finally {
      await updateSiteSettings(t.db, admin(), { titleSearchLength: 70, titleLength: 100, datelinePrefix: "" });
    }
  });

  it("finds a word typed twice, unpaired quotes, double spaces and a missing credit, with their places", async () => {
    const m = await image("Mô tả");
    const uncredited = { ...figure(m, "Mô tả", "Hiện trường"), attrs: { ...figure(m, "Mô tả", "Hiện trường").attrs, credit: "" } };
    const id = await inReview(doc(para("Mưa lớn kéo dài."), para("Nước của của sông  Lam dâng “rất nhanh."), uncredited), null, { lead: "Người người, nhà nhà đi sơ tán." });
    const error = await refusal(transition(t.db, editor, { articleId: id, action: "publish" }));
    expect(checksOf(error)).toEqual([
      { id: "missingCredit", state: "warn", count: 1, details: [{ item: "figure", position: 1, text: "Hiện trường" }] },
      { id: "repeatedWords", state: "warn", count: 1, details: [{ item: "paragraph", position: 2, text: "của của", offset: 5, span: 7 }] },
      { id: "unbalanced", state: "warn", count: 1, details: [{ item: "paragraph", position: 2, text: "…sông  Lam dâng “rất nhanh.", offset: 28, span: 1 }] },
      { id: "doubleSpaces", state: "warn", count: 1, details: [{ item: "paragraph", position: 2, text: "Nước của của sông  Lam dâng “rất…", offset: 17, span: 2 }] },
    ]);
    // Passing checks need no reason; warned ones do, and all must be named.
    const noReason = await refusal(transition(t.db, editor, { articleId: id, action: "publish", override: { checks: ["missingCredit", "repeatedWords", "unbalanced", "doubleSpaces"] } }));
    expect(noReason.key).toBe("workflow.errors.reasonMissing");
    expect(await overrides(id)).toHaveLength(0);
    await transition(t.db, editor, { articleId: id, action: "publish", override: { checks: ["missingCredit", "repeatedWords", "unbalanced", "doubleSpaces", "titleHome"], reason: "Tin khẩn" } });
    expect(JSON.parse((await overrides(id))[0].detail).checks).toEqual(["missingCredit", "repeatedWords", "unbalanced", "doubleSpaces"]);
  });

  it("checks the cover's credit from the library", async () => {
    const cover = await t.db.media.update({ where: { id: (await image("Đê sông Lam")).id }, data: { credit: "Ảnh:" } });
    const id = await inReview(doc(para("Chỉ có chữ.")), cover.id);
    const error = await refusal(transition(t.db, editor, { articleId: id, action: "publish" }));
    expect(checksOf(error)).toEqual([{ id: "missingCredit", state: "warn", count: 1, details: [{ item: "cover", text: "" }] }]);
    await t.db.media.update({ where: { id: cover.id }, data: { credit: "Ảnh: Thành Duy" } });
    expect((await transition(t.db, editor, { articleId: id, action: "publish" })).status).toBe("PUBLISHED");
  });
});

describe("the media library's missing alt text view", () => {
  it("lists exactly the images lacking alt text, and counts them", async () => {
    // Everything so far, plus a described image, a whitespace-free empty one and a video (no alt text to have).
    await image("Có mô tả");
    const lacking = await image("");
    await image("", "video");
    const all = await t.db.media.findMany({ where: { kind: "image", alt: "" }, select: { id: true } });
    const page = await listMedia({ missingAlt: true }, t.db);
    expect(page.items.map((i) => i.id).sort()).toEqual(all.map((m) => m.id).sort());
    expect(page.items.map((i) => i.id)).toContain(lacking.id);
    expect(page.items.every((i) => i.kind === "image" && i.alt === "")).toBe(true);
    expect(page.total).toBe(all.length);
    expect(page.lackingAlt).toBe(all.length);
    // Unfiltered, the count is the same and the list has the rest too.
    const unfiltered = await listMedia({}, t.db);
    expect(unfiltered.lackingAlt).toBe(all.length);
    expect(unfiltered.total).toBeGreaterThan(all.length);
  });
});

