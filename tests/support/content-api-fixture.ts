// A small newsroom for the content API's tests (tests/integration/content-api*.test.ts):
// staff (an admin, an editor who is never bylined, a reporter who writes as
// "Hoa Mai"), two sections, a picture in the library, and stories taken
// through the real workflow (created as drafts, submitted, published by the
// editor), so the API is tested on rows as the newsroom writes them.
import type { Role } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { createArticle } from "@/lib/articles/editing";
import type { EditorFields } from "@/lib/articles/editor-state";
import { transition } from "@/lib/articles/workflow";
import type { JsonNode } from "@/lib/content/body";
import type { Db } from "@/lib/db/client";

export const SITE_URL = "https://baonghean.example";

export type Newsroom = {
  admin: Actor;
  editor: Actor;
  reporter: Actor;
  sections: { news: string; culture: string };
  media: { id: string; fileKey: string };
};

export const text = (s: string): JsonNode => ({ type: "paragraph", content: [{ type: "text", text: s }] });

export function figure(media: { id: string; fileKey: string }, caption: string, credit: string): JsonNode {
  return { type: "figure", attrs: { src: `/media/${media.fileKey}-960.webp`, mediaId: media.id, alt: "Cầu Cửa Hội", caption, credit, width: 960, height: 640 } };
}

export async function seedNewsroom(db: Db): Promise<Newsroom> {
  await db.setting.create({ data: { key: "siteLanguage", value: JSON.stringify("vi") } });
  await db.setting.create({ data: { key: "siteName", value: JSON.stringify("Báo Nghệ An") } });
  const person = async (key: string, role: Role, displayName: string, penName: string | null): Promise<Actor> => {
    const u = await db.user.create({ data: { email: `${key}.private@example.com`, displayName, role, penName } });
    return { id: u.id, role, displayName, penName };
  };
  const news = await db.section.create({ data: { name: "Thời sự", names: JSON.stringify({ en: "News" }), slug: "thoi-su", position: 0 } });
  const culture = await db.section.create({ data: { name: "Văn hóa", slug: "van-hoa", position: 1, description: "Lễ hội, di sản" } });
  const media = await db.media.create({
    data: {
      fileKey: "abcdefabcdefabcdef01",
      mimeType: "image/webp",
      width: 1200,
      height: 800,
      variants: "480,960,1200",
      formats: "webp,avif",
      sizeBytes: 1,
      alt: "Cầu Cửa Hội",
      caption: "Cầu Cửa Hội lúc bình minh",
      credit: "Ảnh: Hoa Mai",
    },
  });
  return {
    admin: await person("admin", "ADMIN", "Quản Trị Viên", null),
    editor: await person("editor", "EDITOR", "Trần Biên Tập", null),
    reporter: await person("reporter", "REPORTER", "Nguyễn Thị Phóng Viên", "Hoa Mai"),
    sections: { news: news.id, culture: culture.id },
    media: { id: media.id, fileKey: media.fileKey },
  };
}

/** A story by the reporter (byline "Hoa Mai" unless `authors` says), submitted and published by the editor. */
export async function publishStory(
  db: Db,
  room: Newsroom,
  fields: Omit<Partial<EditorFields>, "body"> & { title: string; body?: JsonNode[] },
): Promise<string> {
  const { body, ...rest } = fields;
  const id = await createArticle(db, room.reporter, {
    sectionId: room.sections.news,
    lead: `Sapo: ${fields.title}`,
    ...rest,
    // A colon, so a title starting "Bài…" does not read "Thân bài Bài", which the repeated-words check would stop.
    body: { type: "doc", content: body ?? [text(`Thân bài: ${fields.title}`)] },
  });
  await transition(db, room.reporter, { articleId: id, action: "submit" });
  await transition(db, room.editor, { articleId: id, action: "publish" });
  return id;
}

/** A draft by the reporter that is never published. */
export function draftStory(db: Db, room: Newsroom, title: string): Promise<string> {
  return createArticle(db, room.reporter, { title, sectionId: room.sections.news, lead: `Sapo: ${title}`, body: { type: "doc", content: [text(`Thân bài ${title}`)] } });
}
