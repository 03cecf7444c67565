// Reads the real article page in prisma/seed/article-baonghean-ru.txt into
// its anatomy: headline, pen name, published time, lead (sapo), and a body of
// paragraphs, subheadings and figures with caption and credit. The page
// chrome after the body ("Featured", "Latest", footer) is left out: our own
// site renders those.
import type { DemoBlock } from "@/prisma/seed/demo-articles";

export type SeedArticle = {
  title: string;
  byline: string;
  publishedAt: Date;
  lead: string;
  blocks: DemoBlock[];
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const BYLINE_DATE = new RegExp(`^(.*?)\\s+(${MONTHS.join("|")}) (\\d{1,2}), (\\d{4}) (\\d{1,2}):(\\d{2})$`);
const IMAGE_FILE = /^bna_\s*\S+\.(jpe?g|png)$/i;
const CREDIT = /\s*((?:Фото|Photo|Ảnh):\s*\S+)\s*$/i;
const PAGE_CHROME = "Избранная газета";

/** The paper prints its dates in site time, UTC+7. */
const SITE_OFFSET_HOURS = 7;

export function parseSeedArticle(text: string): SeedArticle {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const [title, bylineLine, lead, ...rest] = paragraphs;
  const m = BYLINE_DATE.exec(bylineLine ?? "");
  if (!title || !m || !lead) throw new Error("The seed article does not start with headline, byline and date, lead");
  const [, byline, month, day, year, hour, minute] = m;
  const publishedAt = new Date(
    Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), Number(hour) - SITE_OFFSET_HOURS, Number(minute)),
  );

  const blocks: DemoBlock[] = [];
  for (const para of rest) {
    if (para.startsWith(PAGE_CHROME)) break;
    const lines = para.split("\n").map((l) => l.trim());
    if (IMAGE_FILE.test(lines[0]) && lines.length >= 2) {
      const captionLine = lines.slice(1).join(" ");
      const credit = CREDIT.exec(captionLine)?.[1] ?? "";
      const caption = captionLine.replace(CREDIT, "").trim();
      blocks.push({ type: "figure", caption, credit, alt: caption });
    } else if (isSubheading(para)) {
      blocks.push({ type: "h2", text: para });
    } else {
      blocks.push({ type: "p", text: para });
    }
  }
  return { title, byline, publishedAt, lead, blocks };
}

/**
 * In this layout a subheading is a short one-line paragraph of a single
 * sentence (the translation sometimes gave it a closing full stop).
 */
function isSubheading(para: string): boolean {
  return !para.includes("\n") && para.length < 160 && !/[.!?…]\s/.test(para) && !/[:;»"]$/.test(para);
}
