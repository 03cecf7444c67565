import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/site/article-card";
import { sectionArticles } from "@/lib/articles/queries";
import { readConfig } from "@/lib/config";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ section: string }> };

async function findSection(slug: string) {
  return db.section.findUnique({ where: { slug }, select: { id: true, name: true, description: true } });
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const section = await findSection((await params).section);
  return section ? { title: section.name, description: section.description } : {};
}

export default async function SectionPage({ params }: Params) {
  const section = await findSection((await params).section);
  if (!section) notFound();
  const { timeZone } = readConfig();
  const articles = await sectionArticles(section.id, 30);
  return (
    <div className="section-page">
      <h1 className="page-title">{section.name}</h1>
      {section.description ? <p className="page-intro">{section.description}</p> : null}
      <div className="grid">
        {articles.map((a) => (
          <ArticleCard key={a.id} article={a} timeZone={timeZone} />
        ))}
      </div>
    </div>
  );
}
