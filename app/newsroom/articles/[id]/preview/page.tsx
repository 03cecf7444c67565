import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage } from "@/components/site/pages/article-page";
import { previewArticle } from "@/lib/articles/newsroom-queries";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db, siteDb } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { loadReaderContext } from "@/lib/reader/context";
import { articleSurroundings } from "@/lib/reader/pages/article";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "editor");
  return { title: t("pages.preview"), robots: { index: false, follow: false } };
}

// The working state exactly as the public article page renders it: the
// reader site's own page component, context and surroundings (lib/reader/),
// with the site's stylesheet (the newsroom's is the same file). Staff only
// (the newsroom layout and this page both check).
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("article:read-any");
  const t = getT(await newsroomLocale(user), "editor");
  const [article, reader] = await Promise.all([previewArticle((await params).id), loadReaderContext(db)]);
  if (!article) notFound();
  const around = await articleSurroundings(siteDb, reader, article);
  return (
    <div className="preview">
      <p className="notice" role="note">
        {t("previewBanner")}
      </p>
      <div className="wrap site-main">
        <ArticlePage reader={reader} data={{ article: { ...article, translations: [] }, ...around }} />
      </div>
    </div>
  );
}
