import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { previewArticle } from "@/lib/articles/newsroom-queries";
import { requireUser } from "@/lib/auth/session";
import { siteSettings } from "@/lib/site-settings";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

// The working state exactly as the public article page renders it. Staff only
// (the newsroom layout and this page both check).
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("article:read-any");
  const article = await previewArticle((await params).id);
  if (!article) notFound();
  return (
    <div className="preview">
      <p className="notice" role="note">
        Preview: this is how the article will look when published. Readers cannot see this page.
      </p>
      <div className="wrap site-main">
        <ArticleView article={article} timeZone={(await siteSettings()).timeZone} />
      </div>
    </div>
  );
}
