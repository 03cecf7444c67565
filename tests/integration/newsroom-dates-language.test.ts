// Dates in the newsroom follow the staff member's newsroom language, not the
// site's: with an English site, a Vietnamese-speaking editor reads a
// scheduled story's revision reason and audit entry with the Vietnamese date
// pattern in the site's time zone, not the UTC ISO text they are stored as;
// an English-speaking one reads them in English.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { reasonIn } from "@/lib/articles/revision-reasons";
import { describeDetail } from "@/lib/audit/queries";
import { dateFormats } from "@/lib/i18n/server";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
let editor: Actor;
let newsroomLocale: typeof import("@/lib/i18n/locale").newsroomLocale;
const TIME_ZONE = "Asia/Ho_Chi_Minh";
// Far ahead, so it stays in the future; 07:00 in Hanoi.
const AT = new Date("2099-11-30T00:00:00.000Z");

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported: point it at this test's database.
  process.env.DATABASE_URL = t.url;
  newsroomLocale = (await import("@/lib/i18n/locale")).newsroomLocale;
  for (const [key, value] of [["siteLanguage", "en"], ["timeZone", TIME_ZONE]]) await t.db.setting.create({ data: { key, value: JSON.stringify(value) } });
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  const u = await t.db.user.create({ data: { email: "hang@example.com", displayName: "Hằng", role: "EDITOR", language: "vi" } });
  editor = { id: u.id, role: "EDITOR", displayName: "Hằng", penName: null };
});
afterAll(() => t.db.$disconnect());

it("a Vietnamese-speaking editor on an English site reads a scheduled story's dates in Vietnamese", async () => {
  const locale = await newsroomLocale({ language: "vi" });
  expect(locale).toBe("vi");
  expect(await newsroomLocale({ language: null })).toBe("en");

  const id = await createArticle(t.db, editor, { title: "Lịch cắt điện tuần tới" });
  await transition(t.db, editor, { articleId: id, action: "submit" });
  await transition(t.db, editor, { articleId: id, action: "schedule", at: AT });

  // Stored as English with the UTC instant…
  const revision = await t.db.revision.findFirstOrThrow({ where: { articleId: id, reason: { startsWith: "Scheduled" } } });
  expect(revision.reason).toBe("Scheduled for 2099-11-30T00:00:00.000Z");
  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "article.schedule", targetId: id } });
  const detail = JSON.parse(event.detail) as Record<string, unknown>;

  // …shown in the editor's language, in the site's time zone, as the revisions and audit pages do.
  const vi = dateFormats(locale, TIME_ZONE).dateTime;
  expect(reasonIn(locale, revision.reason, vi)).toBe("Lên lịch xuất bản lúc 30/11/2099 07:00");
  expect(describeDetail(detail, vi)).toContain("at: 30/11/2099 07:00");
  const en = dateFormats("en", TIME_ZONE).dateTime;
  expect(reasonIn("en", revision.reason, en)).toBe("Scheduled for November 30, 2099, 07:00");
  expect(describeDetail(detail, en)).toContain("at: November 30, 2099, 07:00");
});

