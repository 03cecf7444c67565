// Reads of sections and tags for the newsroom's taxonomy page, each with its
// number of articles. Changes are in lib/taxonomy/sections-and-tags.ts.
import "server-only";
import type { Tx } from "@/lib/db/client";

export async function taxonomyOverview(db: Tx) {
  const articles = { _count: { select: { articles: true } } } as const;
  const [sections, tags] = await Promise.all([
    db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, names: true, slug: true, description: true, ...articles } }),
    db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, ...articles } }),
  ]);
  return {
    sections: sections.map(({ _count, ...s }) => ({ ...s, articles: _count.articles })),
    tags: tags.map(({ _count, ...t }) => ({ ...t, articles: _count.articles })),
  };
}
