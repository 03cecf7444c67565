// The checks run on what would go live before an article is published,
// scheduled or its pending update published: a table of named checks, each a
// pure function of the article's content, so the workflow dialog (browser)
// and the workflow (server, lib/articles/publish-gate.ts) run the very same
// code. Pure on purpose: no database, no server imports; whatever a check
// needs from the library (the cover's alt text) is looked up by the caller and
// passed in PublishContent.
//
// A check passes or warns. A warning does not forbid publishing: the person
// may publish anyway, and the override is recorded (publish-gate.ts). To add a
// check (issue 20: headline length, lead length, SEO lengths, credits…), add
// its id to PUBLISH_CHECK_IDS, a function to CHECKS, and its texts in both
// catalogues: "workflow.checks.<id>" (the warning, with its count) and
// "workflow.checks.items.<item>" for the items its details name
// (components/newsroom/workflow/publish-warnings.tsx shows them).
import type { JsonNode } from "@/lib/content/json-node";

export const PUBLISH_CHECK_IDS = ["missingAlt"] as const;
export type PublishCheckId = (typeof PUBLISH_CHECK_IDS)[number];

/** What a check looks at: the fields that would go live. New checks add the fields they need. */
export type PublishContent = {
  body: JsonNode;
  /**
   * The cover image's alt text as the library holds it (the cover is shown
   * with the library item's alt); null: no cover; undefined: not known here
   * (the browser, when the cover was changed in this session), so the cover
   * is not checked and the server's answer decides.
   */
  cover?: { alt: string } | null;
};

/** One thing a check found: which item, its place, and something to recognise it by. */
export type CheckDetail = {
  /** What it is; a message "workflow.checks.items.<item>" in the catalogues. */
  item: string;
  /** Its place among items of its kind in the body, from 1 (absent for the cover). */
  position?: number;
  /** Its caption (or, failing that, its file name), as written; "" when it has none. */
  text: string;
};

export type CheckResult = { id: PublishCheckId; state: "pass" | "warn"; count: number; details: CheckDetail[] };

type Check = (content: PublishContent) => CheckDetail[];

const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";
const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The file's name from an address, to tell images without captions apart. */
function fileName(src: unknown): string {
  const path = str(src).split(/[?#]/)[0];
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Every node of the body, depth first, in reading order. */
function* walk(node: JsonNode): Generator<JsonNode> {
  yield node;
  for (const child of node.content ?? []) yield* walk(child);
}

/**
 * Images without alt text: the cover, figures, gallery images, and videos
 * with a poster image. A video's poster is not an image of its own on the
 * reader's page: it is the player's first picture, and the player is named
 * by the video's title (lib/content/videos.ts), which is what a screen reader
 * announces. So a video with a poster counts as described when it has a
 * title; the poster's library alt text is not consulted (that also keeps the
 * check pure: the browser can run it without asking the library).
 */
function missingAlt(content: PublishContent): CheckDetail[] {
  const found: CheckDetail[] = [];
  if (content.cover && blank(content.cover.alt)) found.push({ item: "cover", text: "" });
  const seen: Record<string, number> = {};
  for (const node of walk(content.body)) {
    const a = node.attrs ?? {};
    let lacking = false;
    if (node.type === "figure" || node.type === "galleryImage") lacking = blank(a.alt);
    else if (node.type === "video") lacking = !(blank(a.posterId) && blank(a.posterSrc)) && blank(a.title);
    else continue;
    const position = (seen[node.type] = (seen[node.type] ?? 0) + 1);
    if (lacking) found.push({ item: node.type, position, text: str(a.caption) || fileName(node.type === "video" ? a.posterSrc : a.src) });
  }
  return found;
}

const CHECKS: Record<PublishCheckId, Check> = { missingAlt };

/** Runs every check on `content`, in the table's order. */
export function runPublishChecks(content: PublishContent): CheckResult[] {
  return PUBLISH_CHECK_IDS.map((id) => {
    const details = CHECKS[id](content);
    return { id, state: details.length ? "warn" : "pass", count: details.length, details };
  });
}

/** The checks that warn. */
export function warningsOf(results: CheckResult[]): CheckResult[] {
  return results.filter((r) => r.state === "warn");
}

/** The warnings the person has not overridden (`overridden`: check ids). */
export function unoverridden(results: CheckResult[], overridden: readonly string[]): CheckResult[] {
  return warningsOf(results).filter((r) => !overridden.includes(r.id));
}
