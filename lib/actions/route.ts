// The one wrapper every JSON route handler that acts for a signed-in user goes
// through (the route-handler twin of lib/actions/action.ts), so a new endpoint
// cannot skip a step. In order:
//  1. Origin: a request that changes things (any method but GET, HEAD,
//     OPTIONS) must come from a page of this site (lib/http/origin.ts);
//     otherwise 403, in the site's language since nothing is read for it.
//  2. Authentication (401) and authorization against the permission map
//     (403), the steps shared with server actions (lib/actions/guard.ts).
//  3. With a schema, the JSON body parsed with zod (400 with the issues);
//     without one the handler reads the body itself (e.g. a capped multipart
//     upload, app/api/media/route.ts).
//  4. A refusal of the rules thrown by the handler (UserError) becomes
//     { ok: false, error } in the caller's newsroom language, status 400
//     unless `refusalStatus` says otherwise; other errors stay server errors.
// Every refusal is JSON: { ok: false, error, … }.
import "server-only";
import type { z } from "zod";
import { admit, answeringRefusals, callerFor, identifyCaller, type Caller, type Denial } from "@/lib/actions/guard";
import type { CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { isSameOrigin } from "@/lib/http/origin";

/** Methods that change nothing, so a request from anywhere may make them. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Catalogue keys of the refusals the wrapper answers itself. */
export type RouteRefusals = Record<Denial | "crossSite" | "invalidInput", string>;

/** The JSON API's plain wording; an endpoint with its own (uploads) overrides some. */
const API_REFUSALS: RouteRefusals = {
  crossSite: "editor.errors.crossSite",
  unauthenticated: "editor.errors.signInFirst",
  forbidden: "editor.errors.apiForbidden",
  invalidInput: "editor.errors.invalidInput",
};

const DENIAL_STATUS: Record<Denial, number> = { unauthenticated: 401, forbidden: 403 };

export type RouteOptions<S extends z.ZodType | undefined> = {
  /** The JSON body's schema; the handler gets the parsed body as `input`. */
  schema?: S;
  refusals?: Partial<RouteRefusals>;
  /** The status of a refusal of the rules (default 400), e.g. 413 for a file too large. */
  refusalStatus?: (error: unknown) => number;
};

/** What the handler gets once the request is through the guard. */
export type GuardedRequest<I> = { request: Request; user: CurrentUser; input: I };

type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

export function authedRoute<S extends z.ZodType | undefined = undefined, P extends Record<string, string | string[]> = Record<string, never>>(
  permission: Permission,
  options: RouteOptions<S>,
  handler: (guarded: GuardedRequest<Input<S>>, context: { params: Promise<P> }) => Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  const refusals = { ...API_REFUSALS, ...options.refusals };
  const refuse = async (caller: Caller, key: string, status: number, extra: object = {}) =>
    Response.json({ ok: false, error: await caller.say(key), ...extra }, { status });

  return async (request, context) => {
    // Checked before the session is read: a foreign page gets the site's language.
    if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) return refuse(callerFor(null), refusals.crossSite, 403);
    const caller = await identifyCaller();
    const admission = admit(caller, permission);
    if (!admission.ok) return refuse(caller, refusals[admission.denial], DENIAL_STATUS[admission.denial]);
    let input: unknown = undefined;
    if (options.schema) {
      const parsed = options.schema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) return refuse(caller, refusals.invalidInput, 400, { issues: parsed.error.issues });
      input = parsed.data;
    }
    return answeringRefusals(
      caller,
      () => handler({ request, user: admission.user, input: input as Input<S> }, context),
      (error, e) => Response.json({ ok: false, error }, { status: options.refusalStatus?.(e) ?? 400 }),
    );
  };
}
