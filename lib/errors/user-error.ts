// An error whose message is written for the person using Sapo. Server actions
// return it as a refusal instead of failing (lib/actions/action.ts), in the
// user's language: `key` names a message in the catalogues (messages/*.json),
// e.g. new UserError("editor.errors.articleGone"), with ICU `values`. The
// Error's own message is the English text, for logs and tests. `data`: plain
// data a form needs besides the sentence (the publish checks' warnings,
// lib/articles/publish-gate.ts), answered with the refusal (lib/actions/action.ts).
import { messageFor } from "@/lib/i18n/catalogue";

export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
    readonly data?: Record<string, unknown>,
  ) {
    super(messageFor("en", key, values));
  }

  /** The message in `locale`. */
  messageIn(locale: string): string {
    return messageFor(locale, this.key, this.values);
  }
}

/**
 * What to tell the person whose request failed with `e`, in `locale`; null
 * for failures that are not theirs to fix (they propagate as server errors).
 * The body validator's errors (lib/content/body.ts) are technical: they are
 * wrapped in a sentence of the catalogue with the detail as it is.
 */
export function refusalIn(e: unknown, locale: string): string | null {
  if (e instanceof UserError) return e.messageIn(locale);
  if (e instanceof Error && e.name === "BodyError") return messageFor(locale, "errors.invalidBody", { detail: e.message });
  return null;
}
