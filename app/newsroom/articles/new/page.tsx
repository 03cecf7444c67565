import type { Metadata } from "next";
import { NewArticleForm } from "@/components/newsroom/new-article-form";
import { listSections } from "@/lib/articles/queries";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requireUser("article:create");
  const sections = await listSections();
  return (
    <>
      <h1>New article</h1>
      <NewArticleForm sections={sections.map((s) => ({ id: s.id, name: s.name }))} />
    </>
  );
}
