// The shapes of the demo content (prisma/seed/demo-articles.ts re-exports
// them): kept apart so the section files and the index that gathers them do
// not import each other.

export type DemoBlock =
  | { type: "p"; text: string }
  | { type: "h2"; text: string }
  | { type: "h3"; text: string }
  | { type: "quote"; text: string }
  | { type: "list"; ordered: boolean; items: string[] }
  | { type: "figure"; caption: string; credit: string; alt: string };

export type DemoSectionSlug = "thoi-su" | "kinh-te" | "xa-hoi" | "van-hoa" | "the-thao" | "phap-luat" | "giao-duc";

export type DemoArticle = {
  section: DemoSectionSlug;
  title: string;
  lead: string; // starts with "(Baonghean.vn) - "
  byline: string[]; // printed names / pen names, 1 or 2 entries
  tags: string[]; // 2–4 tag names
  hoursAgo: number; // how long before "now" it was published
  featured?: boolean; // 6 articles are featured, ranked newest first after the seed article
  /** Work still in the newsroom (never published); published when absent. */
  status?: "DRAFT" | "IN_REVIEW";
  blocks: DemoBlock[];
};
