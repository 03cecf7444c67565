// The webhook outbox against a real database (SQLite and PostgreSQL in CI):
// each of the five events is written by the step that causes it, in its
// transaction, with one delivery per enabled endpoint subscribed to it and
// none for the others; the scheduler's steps write theirs; a failure after
// the event row rolls both back, and a refused step writes nothing; payloads
// carry only public facts. Also the endpoints' own operations (create with a
// sealed secret shown once, update, re-enable, delete, list) and their audit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { publishedApiArticle } from "@/lib/api/article-json";
import type { Actor } from "@/lib/auth/actor";
import { deleteArticle } from "@/lib/articles/delete-article";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { addCorrection, publishUpdate, runDueSchedules, scheduleUnpublish, transition } from "@/lib/articles/workflow";
import { readConfig } from "@/lib/config/env";
import { UserError } from "@/lib/errors/user-error";
import { createWebhookEndpoint } from "@/lib/webhooks/create-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-endpoint";
import { readWebhookArticle, recordWebhookEvent, WEBHOOK_EVENTS, type WebhookEventType, type WebhookPayload } from "@/lib/webhooks/events";
import { listWebhookEndpoints } from "@/lib/webhooks/list-endpoints";
import { onWebhookNudge } from "@/lib/webhooks/nudge";
import { openSecret } from "@/lib/webhooks/secret-box";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-endpoint";
import { freshDatabase, type TestDb } from "@/tests/support/db";

process.env.AUTH_SECRET ??= "outbox-test-secret-outbox-test-secret";

let t: TestDb;
const people: Record<"reporter" | "editor" | "admin", Actor> = {} as never;
/** Endpoints by what they are set up to show. */
const ep: Record<"all" | "publishedOnly" | "changes" | "disabled", string> = {} as never;
let nudges = 0;
let stopNudges: () => void;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const future = () => new Date(Date.now() + 3_600_000);
// A public IP literal: registering checks it without a DNS lookup.
const RECEIVER = "https://93.184.215.14/hooks";
const SITE = readConfig().siteUrl;

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  const make = async (key: keyof typeof people, role: Role) => {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: `Staff ${key}`, role } });
    people[key] = { id: u.id, role, displayName: `Staff ${key}`, penName: null };
  };
  await make("reporter", "REPORTER");
  await make("editor", "EDITOR");
  await make("admin", "ADMIN");
  const endpoint = async (events: WebhookEventType[]) => (await createWebhookEndpoint(t.db, people.admin, { url: RECEIVER, events })).endpoint.id;
  ep.all = await endpoint([...WEBHOOK_EVENTS]);
  ep.publishedOnly = await endpoint(["article.published"]);
  ep.changes = await endpoint(["article.updated", "article.corrected"]);
  ep.disabled = await endpoint([...WEBHOOK_EVENTS]);
  await updateWebhookEndpoint(t.db, people.admin, { id: ep.disabled, enabled: false });
  stopNudges = onWebhookNudge(() => nudges++);
});
afterAll(async () => {
  stopNudges();
  await t.db.$disconnect();
});
beforeEach(() => {
  nudges = 0;
});

/** A story by the reporter, in review. */
async function inReview(title = `Lũ trên sông Lam ${Math.random()}`) {
  const id = await createArticle(t.db, people.reporter, { title, body: doc("Nước dâng nhanh.") as never });
  await transition(t.db, people.reporter, { articleId: id, action: "submit" });
  return id;
}

async function published(title?: string) {
  const id = await inReview(title);
  await transition(t.db, people.editor, { articleId: id, action: "publish" });
  return id;
}

/** The events of an article, oldest first, with the endpoints each goes to. */
async function eventsOf(articleId: string) {
  const rows = await t.db.webhookEvent.findMany({
    where: { articleId },
    orderBy: { createdAt: "asc" },
    select: { id: true, type: true, payload: true, deliveries: { select: { endpointId: true, status: true } } },
  });
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as WebhookPayload, endpoints: r.deliveries.map((d) => d.endpointId).sort() }));
}

const to = (...keys: (keyof typeof ep)[]) => keys.map((k) => ep[k]).sort();

describe("each step writes its event, for the endpoints that subscribed", () => {
  it("publishing: article.published to every enabled endpoint that wants it, and a nudge", async () => {
    const id = await published("Khánh thành cầu Bến Thủy 3");
    const [event, ...more] = await eventsOf(id);
    expect(more).toEqual([]);
    expect(event.type).toBe("article.published");
    expect(event.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(event.endpoints).toEqual(to("all", "publishedOnly"));
    expect(event.deliveries.every((d) => d.status === "pending")).toBe(true);
    expect(event.payload.type).toBe("article.published");
    expect(nudges).toBeGreaterThan(0);
    const article = await t.db.article.findUniqueOrThrow({ where: { id }, select: { version: true, slug: true, publishedAt: true } });
    expect(event.payload.data).toEqual({
      id,
      url: `${SITE}/thoi-su/${article.slug}`,
      apiUrl: `${SITE}/api/v1/articles/${id}`,
      title: "Khánh thành cầu Bến Thủy 3",
      section: "thoi-su",
      slug: article.slug,
      language: "vi",
      publishedAt: article.publishedAt!.toISOString(),
      // The public version: the first publication (the row's own has counted every save).
      version: 1,
    });
    expect(article.version).toBeGreaterThan(1);
  });

  it("a published update: article.updated, with the new live title", async () => {
    const id = await published();
    const working = (await loadEditorArticle(t.db, id))!;
    await saveArticle(t.db, people.editor, { ...working, articleId: id, baseVersion: working.version, title: "Cập nhật: nước đã rút" });
    expect((await eventsOf(id)).length).toBe(1); // saving pending changes sends nothing
    nudges = 0;
    await publishUpdate(t.db, people.editor, { articleId: id });
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(["article.published", "article.updated"]);
    expect(events[1].endpoints).toEqual(to("all", "changes"));
    expect((events[1].payload.data as { title: string }).title).toBe("Cập nhật: nước đã rút");
    // The second change readers saw, as the content API numbers it.
    expect((events[1].payload.data as { version: number }).version).toBe(2);
    expect((await publishedApiArticle(t.db, id))?.version).toBe(2);
    expect(nudges).toBe(1);
  });

  it("a correction: article.corrected", async () => {
    const id = await published();
    await addCorrection(t.db, people.editor, { articleId: id, text: "Sửa tên xã: Hưng Nguyên, không phải Hưng Yên." });
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(["article.published", "article.corrected"]);
    expect((events[1].payload.data as { version: number }).version).toBe(2);
    expect(events[1].endpoints).toEqual(to("all", "changes"));
  });

  it("taking down: article.unpublished, naming what readers saw (not the pending changes)", async () => {
    const id = await published("Tiêu đề đang hiển thị");
    const working = (await loadEditorArticle(t.db, id))!;
    await saveArticle(t.db, people.editor, { ...working, articleId: id, baseVersion: working.version, title: "Tiêu đề nháp chưa duyệt" });
    await transition(t.db, people.editor, { articleId: id, action: "unpublish" });
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(["article.published", "article.unpublished"]);
    expect(events[1].endpoints).toEqual(to("all"));
    expect((events[1].payload.data as { title: string }).title).toBe("Tiêu đề đang hiển thị");
    expect(JSON.stringify(events[1].payload)).not.toContain("nháp chưa duyệt");
  });

  it("deleting a story that was once published: article.deleted with only its id and address", async () => {
    const id = await published();
    const { slug } = await t.db.article.findUniqueOrThrow({ where: { id }, select: { slug: true } });
    await transition(t.db, people.editor, { articleId: id, action: "unpublish" });
    await deleteArticle(t.db, people.admin, { articleId: id });
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(["article.published", "article.unpublished", "article.deleted"]);
    expect(events[2].endpoints).toEqual(to("all"));
    expect(events[2].payload.data).toEqual({ id, url: `${SITE}/thoi-su/${slug}` });
  });

  it("deleting a story never published writes no event", async () => {
    const id = await inReview();
    await transition(t.db, people.editor, { articleId: id, action: "sendBack", note: "Thiếu nguồn" });
    await deleteArticle(t.db, people.admin, { articleId: id });
    expect(await eventsOf(id)).toEqual([]);
  });

  it("the scheduler's publish and take-down write theirs", async () => {
    const id = await inReview();
    await transition(t.db, people.editor, { articleId: id, action: "schedule", at: future() });
    expect(await eventsOf(id)).toEqual([]);
    await t.db.article.update({ where: { id }, data: { scheduledAt: new Date(Date.now() - 1000) } });
    expect(await runDueSchedules(t.db)).toBeGreaterThanOrEqual(1);
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(["article.published"]);
    await scheduleUnpublish(t.db, people.editor, { articleId: id, at: future() });
    await t.db.article.update({ where: { id }, data: { unpublishAt: new Date(Date.now() - 1000) } });
    expect(await runDueSchedules(t.db)).toBeGreaterThanOrEqual(1);
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(["article.published", "article.unpublished"]);
    expect(events[1].endpoints).toEqual(to("all"));
  });
});

describe("the outbox is transactional", () => {
  it("a failure after the event row rolls the event and its deliveries back", async () => {
    const id = await published();
    const before = { events: await t.db.webhookEvent.count(), deliveries: await t.db.webhookDelivery.count() };
    const attempt = t.db.$transaction(async (tx) => {
      const { deliveries } = await recordWebhookEvent(tx, "article.updated", await readWebhookArticle(tx, id));
      expect(deliveries).toBe(2);
      expect(await tx.webhookEvent.count()).toBe(before.events + 1);
      throw new Error("the change failed after its event was written");
    });
    await expect(attempt).rejects.toThrow(/after its event/);
    expect(await t.db.webhookEvent.count()).toBe(before.events);
    expect(await t.db.webhookDelivery.count()).toBe(before.deliveries);
  });

  it("a refused step writes no event", async () => {
    const id = await published();
    const before = await t.db.webhookEvent.count();
    // Nothing pending to publish; a reporter may not correct; not published any more cannot be corrected.
    await expect(publishUpdate(t.db, people.editor, { articleId: id })).rejects.toBeInstanceOf(UserError);
    await expect(addCorrection(t.db, people.reporter, { articleId: id, text: "x" })).rejects.toBeInstanceOf(UserError);
    await expect(transition(t.db, people.editor, { articleId: id, action: "publish" })).rejects.toBeInstanceOf(UserError);
    await expect(deleteArticle(t.db, people.admin, { articleId: id })).rejects.toBeInstanceOf(UserError);
    // Stale version: refused after the row was read.
    await expect(transition(t.db, people.editor, { articleId: id, action: "unpublish", baseVersion: 1 })).rejects.toBeInstanceOf(UserError);
    expect(await t.db.webhookEvent.count()).toBe(before);
  });
});

describe("payloads are public", () => {
  it("carry no pending changes, notes, emails, staff or body", async () => {
    const id = await published("Bài công khai");
    const working = (await loadEditorArticle(t.db, id))!;
    await saveArticle(t.db, people.editor, { ...working, articleId: id, baseVersion: working.version, title: "Bí mật tòa soạn", body: doc("Ghi chú nội bộ") as never });
    await addCorrection(t.db, people.editor, { articleId: id, text: "Đính chính" });
    for (const event of await eventsOf(id)) {
      const text = JSON.stringify(event.payload);
      for (const secret of ["Bí mật", "Ghi chú nội bộ", "Nước dâng", "@example.com", "Staff ", people.editor.id, people.reporter.id]) expect(text).not.toContain(secret);
      expect(Object.keys(event.payload).sort()).toEqual(["data", "timestamp", "type"]);
      expect(Object.keys(event.payload.data).sort()).toEqual(["apiUrl", "id", "language", "publishedAt", "section", "slug", "title", "url", "version"]);
    }
  });
});

describe("endpoints", () => {
  it("are created with a sealed secret shown once, and audited", async () => {
    const { endpoint, secret } = await createWebhookEndpoint(t.db, { ...people.admin, ip: "203.0.113.9" }, { url: RECEIVER, events: ["article.deleted"], description: "Cổng thông tin tỉnh" });
    expect(secret).toMatch(/^whsec_/);
    const row = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.secret).not.toContain(secret.slice(6));
    expect(openSecret(row.secret)).toBe(secret);
    expect(endpoint).toMatchObject({ url: RECEIVER, events: ["article.deleted"], description: "Cổng thông tin tỉnh", enabled: true, lastDelivery: null });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "webhook.created", targetId: endpoint.id } });
    expect(audit.ip).toBe("203.0.113.9");
    expect(JSON.stringify(await listWebhookEndpoints(t.db))).not.toContain(secret.slice(6));
    await deleteWebhookEndpoint(t.db, people.admin, { id: endpoint.id });
  });

  it("refuse private addresses and bad input", async () => {
    await expect(createWebhookEndpoint(t.db, people.admin, { url: "https://10.0.0.8/hook", events: ["article.published"] })).rejects.toMatchObject({ key: "apiAdmin.errors.webhookUrlPrivate" });
    await expect(createWebhookEndpoint(t.db, people.admin, { url: RECEIVER, events: [] })).rejects.toMatchObject({ key: "apiAdmin.validation.eventsMissing" });
    await expect(updateWebhookEndpoint(t.db, people.admin, { id: ep.all, url: "http://93.184.215.14/hooks" })).rejects.toMatchObject({ key: "apiAdmin.errors.webhookUrlHttps" });
  });

  it("re-enabling clears the disabled and failing state; the list shows the last delivery", async () => {
    const { endpoint } = await createWebhookEndpoint(t.db, people.admin, { url: RECEIVER, events: ["article.published"] });
    await t.db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false, disabledAt: new Date(), disabledReason: "failing", failingSince: new Date(Date.now() - 86_400_000) } });
    const before = await published();
    expect((await eventsOf(before))[0].endpoints).not.toContain(endpoint.id);
    nudges = 0;
    const view = await updateWebhookEndpoint(t.db, people.admin, { id: endpoint.id, enabled: true, description: "Ứng dụng di động" });
    expect(view).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, failingSince: null, description: "Ứng dụng di động" });
    expect(nudges).toBe(1);
    const after = await published();
    expect((await eventsOf(after))[0].endpoints).toContain(endpoint.id);
    const listed = (await listWebhookEndpoints(t.db)).find((e) => e.id === endpoint.id)!;
    expect(listed.lastDelivery?.status).toBe("pending");
    expect(await t.db.auditEvent.count({ where: { action: "webhook.updated", targetId: endpoint.id } })).toBe(1);
  });

  it("deleting one removes its deliveries, keeps the events, and is audited", async () => {
    const { endpoint } = await createWebhookEndpoint(t.db, people.admin, { url: RECEIVER, events: ["article.published"] });
    const id = await published();
    const [event] = await eventsOf(id);
    await deleteWebhookEndpoint(t.db, people.admin, { id: endpoint.id });
    expect(await t.db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
    expect(await t.db.webhookEvent.count({ where: { id: event.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { action: "webhook.deleted", targetId: endpoint.id } })).toBe(1);
    await expect(deleteWebhookEndpoint(t.db, people.admin, { id: endpoint.id })).rejects.toMatchObject({ key: "apiAdmin.errors.endpointGone" });
  });
});
