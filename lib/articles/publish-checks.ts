// The checks run on what would go live before an article is published,
// scheduled or its pending update published: a table of named checks, each a
// pure function of the article's content and the newsroom's settings, so the
// editor (browser: the counts & checks panel and the workflow dialog) and the
// workflow (server, lib/articles/publish-gate.ts) run the very same code. Pure
// on purpose: no database, no server imports; whatever a check needs from the
// library (the cover's alt text and credit) is looked up by the caller and
// passed in PublishContent, and the settings come in CheckSettings.
//
// A check passes or warns. A warning does not forbid publishing: the person
// may publish anyway, giving a reason, and the override is recorded
// (publish-gate.ts). The checks themselves live in lib/articles/checks/:
// lengths and the dateline (lengths.ts), pictures (images.ts), the text
// (writing.ts). To add one, add its id to PUBLISH_CHECK_IDS (checks/types.ts), a function to
// CHECKS, and its texts in both catalogues: "workflow.checks.<id>" (the
// warning, with its count), "workflow.checks.pass.<id>" (the panel's line
// when it passes) and "workflow.checks.items.<item>" for the items its
// details name (components/newsroom/workflow/publish-warnings.tsx).
import { PUBLISH_CHECK_IDS, type CheckDetail, type CheckResult, type CheckSettings, type PublishCheckId, type PublishContent } from "@/lib/articles/checks/types";
import { dateline, leadLength, seoDescription, seoTitle, titleHome, titleSearch } from "@/lib/articles/checks/lengths";
import { missingAlt, missingCredit } from "@/lib/articles/checks/images";
import { doubleSpaces, repeatedWords, unbalanced } from "@/lib/articles/checks/writing";

export { PUBLISH_CHECK_IDS };
export type { CheckDetail, CheckResult, CheckSettings, PublishCheckId, PublishContent };

type Check = (content: PublishContent, settings: CheckSettings) => CheckDetail[];

const CHECKS: Record<PublishCheckId, Check> = {
  titleHome,
  titleSearch,
  leadLength,
  dateline,
  seoTitle,
  seoDescription,
  missingAlt,
  missingCredit,
  repeatedWords,
  unbalanced,
  doubleSpaces,
};

/** Runs every check on `content`, in the table's order. */
export function runPublishChecks(content: PublishContent, settings: CheckSettings): CheckResult[] {
  return PUBLISH_CHECK_IDS.map((id) => {
    const details = CHECKS[id](content, settings);
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
