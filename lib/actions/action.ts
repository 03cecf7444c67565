// The one wrapper every server action goes through: it authenticates the
// caller, checks the permission map, and parses the input with a zod schema.
// Failures come back as data ({ ok: false, … }) for the form to show, never as
// thrown errors that would lose what the user typed.
import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";
import { refusalIn, UserError } from "@/lib/errors/user-error";
import { messageFor } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";

export type ActionFailure = {
  ok: false;
  error: string;
  fieldErrors?: Record<string, string[]>;
};

export type ActionResult<T> = ({ ok: true } & T) | ActionFailure;

/** Refuses the action with a message for the user (caught by the wrapper): a catalogue key and its values. */
export function refuse(key: string, values?: Record<string, string | number>): never {
  throw new UserError(key, values);
}

export function authedAction<S extends z.ZodType, T extends object>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const user = await getCurrentUser();
    // Refusals are written in the user's newsroom language, looked up once
    // and only when there is something to refuse.
    let locale: string | undefined;
    const language = async () => (locale ??= await newsroomLocale(user));
    const say = async (key: string) => messageFor(await language(), key);
    if (!user) return { ok: false, error: await say("errors.sessionEnded") };
    if (!can(user.role, permission)) return { ok: false, error: await say("errors.forbidden") };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_";
        // Schemas give catalogue keys as messages (e.g. "validation.tooLong").
        (fieldErrors[key] ??= []).push(await say(issue.message));
      }
      return { ok: false, error: await say("errors.fieldsNeedAttention"), fieldErrors };
    }
    try {
      return await handler(parsed.data, user);
    } catch (e) {
      const refusal = refusalIn(e, await language());
      if (refusal !== null) return { ok: false, error: refusal };
      throw e;
    }
  };
}
