// What an admin gives to create an API key (the form on /newsroom/api and
// createApiKey): a name to recognise it by, the scopes it grants (a non-empty
// subset of API_SCOPES) and an optional expiry, which must be in the future.
// Messages are catalogue keys (apiAdmin.validation.*).
import { z } from "zod";
import { API_SCOPES } from "@/lib/api/schemas";

export const API_KEY_NAME_MAX = 100;

/** "" and null (an empty form field) mean "no expiry". */
const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const apiKeyInputSchema = z.object({
  name: z
    .string("apiAdmin.validation.nameMissing")
    .trim()
    .min(1, "apiAdmin.validation.nameMissing")
    .max(API_KEY_NAME_MAX, "apiAdmin.validation.nameTooLong"),
  // A form's checkboxes send one string when one is ticked.
  scopes: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(z.enum(API_SCOPES, "apiAdmin.validation.scope"), "apiAdmin.validation.scopesMissing")
      .min(1, "apiAdmin.validation.scopesMissing")
      .transform((scopes) => API_SCOPES.filter((s) => scopes.includes(s))),
  ),
  expiresAt: z.preprocess(
    blankToUndefined,
    z.coerce
      .date("apiAdmin.validation.expiryInvalid")
      .refine((date) => date.getTime() > Date.now(), "apiAdmin.validation.expiryPast")
      .optional(),
  ),
});

export type ApiKeyInput = z.input<typeof apiKeyInputSchema>;
export type ApiKeyValues = z.output<typeof apiKeyInputSchema>;
