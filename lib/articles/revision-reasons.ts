// Why a revision was made ("Submitted for review", "Sent back: …"). The
// reason is stored as English text (the revision history, exports and tests
// read it as it is) made from the "workflow.reasons" messages, and shown in
// each person's language by matching the stored text against those same
// English messages: one wording per reason, in the catalogues.
import { loadMessages, messageFor, type Messages } from "@/lib/i18n/catalogue";
import { showInstant } from "@/lib/time/stored-instant";

export const REVISION_REASONS = [
  "created",
  "createdTranslation",
  "copyAfterConflict",
  "edited",
  "keptBeforeOverwrite",
  "restored",
  "submit",
  "withdraw",
  "sendBack",
  "publish",
  "publishAgain",
  "publishOnSchedule",
  "schedule",
  "unschedule",
  "unpublish",
  "unpublishOnSchedule",
  "archive",
  "reopen",
  "publishUpdate",
  "correction",
] as const;

export type RevisionReason = (typeof REVISION_REASONS)[number];

const keyOf = (reason: RevisionReason) => `workflow.reasons.${reason}`;

/** The text stored with a revision (English). */
export function revisionReason(reason: RevisionReason, values: Record<string, string> = {}): string {
  return messageFor("en", keyOf(reason), values);
}

let patterns: { reason: RevisionReason; pattern: RegExp }[] | undefined;

/** "Sent back: {note}" → /^Sent back: (?<note>[\s\S]*)$/ (reason messages use plain {arguments} only). */
function compile(): { reason: RevisionReason; pattern: RegExp }[] {
  const reasons = ((loadMessages("en").workflow as Messages | undefined)?.reasons ?? {}) as Messages;
  return REVISION_REASONS.filter((r) => typeof reasons[r] === "string").map((reason) => {
    const source = (reasons[reason] as string)
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) ? `(?<${part.slice(1, -1)}>[\\s\\S]*)` : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("");
    return { reason, pattern: new RegExp(`^${source}$`) };
  });
}

/**
 * A stored reason in `locale`; text that matches no known reason (older or
 * hand-written) as it is. Instants in it ("Scheduled for {at}") are shown
 * with `dateTime` (the newsroom's date pattern), else as stored.
 */
export function reasonIn(locale: string, stored: string, dateTime?: (d: Date) => string): string {
  patterns ??= compile();
  for (const { reason, pattern } of patterns) {
    const match = pattern.exec(stored);
    if (!match) continue;
    const values = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, dateTime ? showInstant(v, dateTime) : v]));
    return messageFor(locale, keyOf(reason), values);
  }
  return stored;
}
