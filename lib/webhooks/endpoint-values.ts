// The endpoint input parsed again where it is used (create-endpoint.ts,
// update-endpoint.ts): the actions parse it already, but the data layer
// keeps its own rule for callers that are not actions (scripts, tests).
// The first problem comes back as the UserError its message names.
import { UserError } from "@/lib/errors/user-error";
import { endpointInputSchema, type EndpointInput, type EndpointValues } from "@/lib/webhooks/endpoint-input";

export function endpointValues(input: EndpointInput): EndpointValues {
  return parsed(endpointInputSchema.safeParse(input));
}

/** For updates: each field optional. */
export function endpointChanges(input: Partial<EndpointInput>): Partial<EndpointValues> {
  return parsed(endpointInputSchema.partial().safeParse(input));
}

function parsed<T>(result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } }): T {
  if (!result.success) throw new UserError(result.error.issues[0]?.message ?? "errors.fieldsNeedAttention");
  return result.data;
}
