// What an admin gives to register a webhook endpoint (the form on
// /newsroom/api, createWebhookEndpoint): the URL to send to, the events it
// wants (a non-empty subset of WEBHOOK_EVENTS) and an optional description.
// A plain object schema, so the update action can take `.partial()` of it.
// Where the URL may point is checked separately, against the settings and
// DNS (lib/webhooks/url-policy.ts). Messages are catalogue keys
// (apiAdmin.validation.*); those stating a limit say the numbers below.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";

export const ENDPOINT_URL_MAX = 2000;
export const ENDPOINT_DESCRIPTION_MAX = 200;

export const endpointInputSchema = z.object({
  url: z
    .string("apiAdmin.validation.urlMissing")
    .trim()
    .min(1, "apiAdmin.validation.urlMissing")
    .max(ENDPOINT_URL_MAX, "apiAdmin.validation.urlTooLong")
    .refine((value) => URL.canParse(value), "apiAdmin.validation.urlInvalid"),
  // A form's checkboxes send one string when one is ticked.
  events: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(z.enum(WEBHOOK_EVENTS, "apiAdmin.validation.event"), "apiAdmin.validation.eventsMissing")
      .min(1, "apiAdmin.validation.eventsMissing")
      // In the catalogue's order, each once.
      .transform((events) => WEBHOOK_EVENTS.filter((e) => events.includes(e))),
  ),
  // Optional without a default: an update that leaves it out keeps the old one.
  description: z.string("apiAdmin.validation.descriptionTooLong").trim().max(ENDPOINT_DESCRIPTION_MAX, "apiAdmin.validation.descriptionTooLong").optional(),
});

export type EndpointInput = z.input<typeof endpointInputSchema>;
export type EndpointValues = z.output<typeof endpointInputSchema>;
