// The publish checks' ids and shapes (lib/articles/publish-checks.ts has the table):
// apart so that the checks in this folder and the table can both import them
// without importing each other.
import type { JsonNode } from "@/lib/content/json-node";
import type { CopyDeskSettings, CountedField } from "@/lib/settings/writing";

/** In the order the panel and the dialog list them: the headline down to the body's details. */
export const PUBLISH_CHECK_IDS = [
  "titleHome",
  "titleSearch",
  "leadLength",
  "dateline",
  "seoTitle",
  "seoDescription",
  "missingAlt",
  "missingCredit",
  "repeatedWords",
  "unbalanced",
  "doubleSpaces",
] as const;
export type PublishCheckId = (typeof PUBLISH_CHECK_IDS)[number];

/** What a check looks at: the fields that would go live. New checks add the fields they need. */
export type PublishContent = {
  body: JsonNode;
  title: string;
  lead: string;
  seoTitle: string;
  seoDescription: string;
  /** The article's language tag ("vi", "en-GB"): which words it doubles on purpose. */
  language?: string | null;
  /**
   * The cover image's alt text (and credit) as the library holds it (the
   * cover is shown with the library item's); null: no cover; undefined: not
   * known here (the browser, when the cover was changed in this session), so
   * the cover is not checked and the server's answer decides. A credit left
   * undefined is not checked.
   */
  cover?: { alt: string; credit?: string } | null;
};

/** The newsroom's settings the checks measure against (lib/settings/writing.ts). */
export type CheckSettings = { limits: Record<CountedField, number>; copyDesk: CopyDeskSettings };

/** One thing a check found: which item, its place, and something to recognise it by. */
export type CheckDetail = {
  /** What it is; a message "workflow.checks.items.<item>" in the catalogues. */
  item: string;
  /** Its place among items of its kind in the body, from 1 (absent for the cover and the fields). */
  position?: number;
  /** Its caption (or, failing that, its file name), or the piece of text at fault, as written; "" when it has none. */
  text: string;
  /** A length check's finding: the text's length and the recommended length, in characters. */
  length?: number;
  limit?: number;
  /** Where in the item's text the fault starts and how long it is (characters), to put the caret on it. */
  offset?: number;
  span?: number;
};

export type CheckResult = { id: PublishCheckId; state: "pass" | "warn"; count: number; details: CheckDetail[] };

