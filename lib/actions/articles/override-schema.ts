// The input naming publish checks a person publishes past, and why, shared by
// the transition and publish-update actions (lib/articles/publish-gate.ts).
// The reason may be left out here: whether one is needed depends on whether a
// named check warns, which only the gate knows ("workflow.errors.reasonMissing").
import { z } from "zod";
import { OVERRIDE_REASON_MAX } from "@/lib/articles/publish-gate";
import { PUBLISH_CHECK_IDS } from "@/lib/articles/publish-checks";

export const overrideSchema = z.object({
  checks: z.array(z.enum(PUBLISH_CHECK_IDS)).max(PUBLISH_CHECK_IDS.length),
  reason: z.string().trim().max(OVERRIDE_REASON_MAX, "workflow.errors.reasonTooLong").optional(),
});
