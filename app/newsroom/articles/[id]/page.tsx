import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/newsroom/editor/article-editor";
import { editorPageData } from "@/lib/articles/newsroom-queries";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "editor");
  return { title: t("pages.edit") };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("article:read-any");
  const data = await editorPageData((await params).id, user);
  if (!data) notFound();
  return (
    <ArticleEditor
      key={`${data.article.id}:${data.article.version}`} // a workflow step reloads a fresh editor
      initial={data.article}
      userId={user.id}
      userName={user.displayName}
      slugIsAuto={data.slugIsAuto}
      sections={data.sections}
      cover={data.cover}
      readOnly={data.readOnly}
      workflow={data.workflow}
      languages={data.languages}
      siteLanguage={data.siteLanguage}
      translations={data.translations}
      staff={data.staff}
    />
  );
}
