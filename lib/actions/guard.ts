// The guard steps every entry point that changes things goes through, shared
// by server actions (lib/actions/action.ts) and JSON route handlers
// (lib/actions/route.ts) so both answer the same questions the same way:
// who is calling, may they do this (the permission map), and how a refusal
// of the rules (UserError) is put to them (in their newsroom language).
import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/permissions";
import { refusalIn } from "@/lib/errors/user-error";
import { messageFor } from "@/lib/i18n/catalogue";
import { newsroomLocale } from "@/lib/i18n/locale";

export type Caller = {
  user: CurrentUser | null;
  /** The caller's newsroom language (the site's without a session), looked up once and only when something needs it. */
  language: () => Promise<string>;
  /** A catalogue message in that language. */
  say: (key: string) => Promise<string>;
};

/** A caller known to be `user` (null: anonymous, or not asked, as for a cross-site request). */
export function callerFor(user: CurrentUser | null): Caller {
  let locale: Promise<string> | undefined;
  const language = () => (locale ??= newsroomLocale(user));
  return { user, language, say: async (key) => messageFor(await language(), key) };
}

/** Authentication: the signed-in, active user behind this request, if any. */
export async function identifyCaller(): Promise<Caller> {
  return callerFor(await getCurrentUser());
}

/** Why a caller is turned away: no session, or a role without the permission. */
export type Denial = "unauthenticated" | "forbidden";

export type Admission = { ok: true; user: CurrentUser } | { ok: false; denial: Denial };

/** Authorization against the permission map (lib/auth/permissions.ts). */
export function admit(caller: Caller, permission: Permission): Admission {
  if (!caller.user) return { ok: false, denial: "unauthenticated" };
  if (!can(caller.user.role, permission)) return { ok: false, denial: "forbidden" };
  return { ok: true, user: caller.user };
}

/**
 * Runs `work`; a refusal meant for the caller (UserError, the body
 * validator's errors: lib/errors/user-error.ts) becomes `refused(message,
 * error)` with the message in their language. Anything else propagates as a
 * server error.
 */
export async function answeringRefusals<T>(
  caller: Caller,
  work: () => Promise<T>,
  refused: (message: string, error: unknown) => T,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const refusal = refusalIn(e, await caller.language());
    if (refusal !== null) return refused(refusal, e);
    throw e;
  }
}
