import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { previewArticle } from "@/lib/articles/newsroom-queries";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newsroomLocale } from "@/lib/i18n/locale";
import { getT } from "@/lib/i18n/server";
import { loadReaderContext } from "@/lib/reader/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = getT(await newsroomLocale(await getCurrentUser()), "editor");
  return { title: t("pages.preview"), robots: { index: false, follow: false } };
}

// The working state exactly as the public article page renders it, with the
// reader site's own component and context (lib/reader/). Staff only (the
// newsroom layout and this page both check).
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("article:read-any");
  const t = getT(await newsroomLocale(user), "editor");
  const [article, reader] = await Promise.all([previewArticle((await params).id), loadReaderContext(db)]);
  if (!article) notFound();
  return (
    <div className="preview">
      <p className="notice" role="note">
        {t("previewBanner")}
      </p>
      <div className="wrap site-main">
        <ArticleView article={article} reader={reader} />
      </div>
    </div>
  );
}
