// Captions uploads for videos: POST multipart/form-data with `file` (WebVTT),
// `language` (BCP 47, e.g. "vi") and optional `label`, from a page of this
// site. Answers 201 { ok: true, media } or { ok: false, error } with 400, 401,
// 403 or 413. The rules are in lib/media/captions.ts; the same permission as
// image uploads.
import { authedRoute } from "@/lib/actions/route";
import { db } from "@/lib/db";
import { answerUpload } from "@/lib/media/upload-answer";
import { UserError } from "@/lib/errors/user-error";
import { acceptCaptions, MAX_CAPTIONS_BYTES } from "@/lib/media/captions";
import { readCappedForm, textField, FORM_OVERHEAD_BYTES } from "@/lib/http/capped-form";
import { VideoUploadError } from "@/lib/media/video";

class CaptionsTooLargeError extends VideoUploadError {
  constructor() {
    super("media.video.errors.captionsTooLarge", { size: MAX_CAPTIONS_BYTES / 1024 });
  }
}

export const POST = authedRoute(
  "article:create",
  {
    refusals: { crossSite: "media.errors.otherSite", unauthenticated: "media.errors.sessionEnded", forbidden: "media.errors.notAllowed" },
    refusalStatus: (e) => (e instanceof CaptionsTooLargeError ? 413 : 400),
  },
  async ({ request, user }) => {
    const form = await readCappedForm(request, MAX_CAPTIONS_BYTES + FORM_OVERHEAD_BYTES, () => new CaptionsTooLargeError());
    if (!form) throw new UserError("media.errors.notMultipart");
    const file = form.get("file");
    if (!(file instanceof File)) throw new UserError("media.video.errors.noCaptionsFile");
    if (file.size > MAX_CAPTIONS_BYTES) throw new CaptionsTooLargeError();
    const media = await acceptCaptions(
      db,
      { bytes: Buffer.from(await file.arrayBuffer()), name: file.name },
      { uploadedById: user.id, language: textField(form, "language") ?? "", label: textField(form, "label") },
    );
    return answerUpload(db, request, user.id, media, { kind: "captions", language: media.language ?? "" });
  },
);
