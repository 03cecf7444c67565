// The one wrapper every server action goes through: it authenticates the
// caller, checks the permission map, and parses the input with a zod schema
// (the guard steps shared with route handlers are in lib/actions/guard.ts).
// Failures come back as data ({ ok: false, … }) for the form to show, never as
// thrown errors that would lose what the user typed.
import "server-only";
import type { z } from "zod";
import { admit, answeringRefusals, callerFor, identifyCaller, type Denial } from "@/lib/actions/guard";
import { getSessionUser, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { UserError } from "@/lib/errors/user-error";

export type ActionFailure = {
  ok: false;
  error: string;
  fieldErrors?: Record<string, string[]>;
  /** A refusal's data for the form (UserError.data), e.g. the publish checks' warnings. */
  data?: Record<string, unknown>;
};

export type ActionResult<T> = ({ ok: true } & T) | ActionFailure;

/** Refuses the action with a message for the user (caught by the wrapper): a catalogue key and its values. */
export function refuse(key: string, values?: Record<string, string | number>): never {
  throw new UserError(key, values);
}

/** What a form shows when the guard turns the caller away. */
const DENIED: Record<Denial, string> = { unauthenticated: "errors.sessionEnded", forbidden: "errors.forbidden" };

/**
 * `settingUpTwoFactor` also admits someone whose role requires two-factor
 * sign-in and who has not set it up yet (lib/auth/session.ts): only for the
 * actions that set it up.
 */
export function authedAction<S extends z.ZodType, T extends object>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<ActionResult<T>>,
  options: { settingUpTwoFactor?: boolean } = {},
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    // Refusals are written in the user's newsroom language (lib/actions/guard.ts).
    const caller = options.settingUpTwoFactor ? callerFor(await getSessionUser()) : await identifyCaller();
    const admission = admit(caller, permission);
    if (!admission.ok) return { ok: false, error: await caller.say(DENIED[admission.denial]) };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_";
        // Schemas give catalogue keys as messages (e.g. "validation.tooLong").
        (fieldErrors[key] ??= []).push(await caller.say(issue.message));
      }
      return { ok: false, error: await caller.say("errors.fieldsNeedAttention"), fieldErrors };
    }
    return answeringRefusals<ActionResult<T>>(caller, () => handler(parsed.data, admission.user), (error, e) => ({ ok: false, error, ...(e instanceof UserError && e.data ? { data: e.data } : {}) }));
  };
}
