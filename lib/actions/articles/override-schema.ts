// The input naming publish checks a person publishes past, shared by the
// transition and publish-update actions (lib/articles/publish-gate.ts).
import { z } from "zod";
import { PUBLISH_CHECK_IDS } from "@/lib/articles/publish-checks";

export const overrideSchema = z.object({
  checks: z.array(z.enum(PUBLISH_CHECK_IDS)).max(PUBLISH_CHECK_IDS.length),
  reason: z.string().max(500, "workflow.errors.reasonTooLong").optional(),
});
