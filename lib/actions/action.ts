// The one wrapper every server action goes through: it authenticates the
// caller, checks the permission map, and parses the input with a zod schema.
// Failures come back as data ({ ok: false, … }) for the form to show, never as
// thrown errors that would lose what the user typed.
import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "../auth/session";
import { can, type Permission } from "../auth/permissions";
import { UserError } from "../errors";

export type ActionFailure = {
  ok: false;
  error: string;
  fieldErrors?: Record<string, string[]>;
};

export type ActionResult<T> = ({ ok: true } & T) | ActionFailure;

/** Refuses the action with a message for the user (caught by the wrapper). */
export function refuse(message: string): never {
  throw new UserError(message);
}

export function authedAction<S extends z.ZodType, T extends object>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, user: CurrentUser) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input: unknown) => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again; your text is kept on this device." };
    if (!can(user.role, permission)) return { ok: false, error: "You are not allowed to do that." };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, error: "Some fields need attention.", fieldErrors };
    }
    try {
      return await handler(parsed.data, user);
    } catch (e) {
      if (e instanceof UserError) return { ok: false, error: e.message };
      throw e;
    }
  };
}
