// The publish checks on lengths and on the dateline: the headline for the
// home page and for search results, the lead, the SEO texts (lib/settings/
// writing.ts holds the recommended lengths), and whether the lead opens with
// the paper's dateline when the newsroom has one ("(Baonghean.vn) -").
import type { CheckDetail, CheckSettings, PublishContent } from "@/lib/articles/checks/types";

/**
 * Characters as a reader sees them: trimmed, composed (NFC), by code point.
 * The same count as the editor's counters under each field
 * (components/newsroom/editor/length-counter.tsx), so the two never disagree.
 */
export function characters(text: string): number {
  return Array.from(text.trim().normalize("NFC")).length;
}

/** A warning on `item` when `text` is longer than `limit`. */
function over(item: string, text: string, limit: number): CheckDetail[] {
  const length = characters(text);
  return length > limit ? [{ item, text: "", length, limit }] : [];
}

export const titleHome = (c: PublishContent, s: CheckSettings) => over("title", c.title, s.limits.title);

/**
 * Search engines show the SEO title when there is one, the headline
 * otherwise. With an SEO title this passes: the seoTitle check measures what
 * search shows.
 */
export const titleSearch = (c: PublishContent, s: CheckSettings) => (c.seoTitle.trim() ? [] : over("title", c.title, s.copyDesk.titleSearchLength));

export const leadLength = (c: PublishContent, s: CheckSettings) => over("lead", c.lead, s.limits.lead);

/** Only when set: an empty SEO text falls back to the headline or the lead, which have checks of their own. */
export const seoTitle = (c: PublishContent, s: CheckSettings) => over("seoTitle", c.seoTitle, s.limits.seoTitle);
export const seoDescription = (c: PublishContent, s: CheckSettings) => over("seoDescription", c.seoDescription, s.limits.seoDescription);

/**
 * The comparable form of a dateline: composed, every dash ("-", "‐", "‑",
 * "‒", "–", "—", "−") as "-", without any spacing. Desks type the dash and
 * the spaces around it every which way ("(Baonghean.vn) -", "(Baonghean.vn)–",
 * "(Baonghean.vn) — "); letters and their case must match.
 */
function datelineForm(text: string): string {
  return text.normalize("NFC").replace(/[-\u2010-\u2015\u2212]/g, "-").replace(/\s+/gu, "");
}

/** The lead must open with the dateline, when the newsroom has one. */
export function dateline(c: PublishContent, s: CheckSettings): CheckDetail[] {
  const prefix = datelineForm(s.copyDesk.datelinePrefix);
  if (!prefix || datelineForm(c.lead).startsWith(prefix)) return [];
  const start = Array.from(c.lead.trim()).slice(0, 30).join("");
  return [{ item: "lead", text: start.length < c.lead.trim().length ? `${start.trimEnd()}…` : start, offset: 0 }];
}
