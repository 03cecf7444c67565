import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/newsroom/editor/article-editor";
import { editorPageData } from "@/lib/articles/newsroom-queries";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { writingSettingsOf } from "@/lib/settings/writing";
import { siteSettings } from "@/lib/site/settings";
import { sectionsIn } from "@/lib/taxonomy/section-name";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "editor");
  return { title: t("pages.edit") };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("article:read-any");
  const data = await editorPageData((await params).id, user);
  if (!data) notFound();
  const writing = writingSettingsOf(await siteSettings());
  return (
    <ArticleEditor
      key={`${data.article.id}:${data.article.version}`} // a workflow step reloads a fresh editor
      initial={data.article}
      userId={user.id}
      userName={user.displayName}
      slugIsAuto={data.slugIsAuto}
      sections={sectionsIn(data.sections, await newsroomLocale(user))}
      cover={data.cover}
      readOnly={data.readOnly}
      workflow={data.workflow}
      languages={data.languages}
      siteLanguage={data.siteLanguage}
      translations={data.translations}
      staff={data.staff}
      writing={writing}
      canManageDictionary={can(user.role, "dictionary:manage")}
    />
  );
}
