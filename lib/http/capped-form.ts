// Reading a multipart upload with a cap on its size, for the upload routes
// (app/api/media for images, app/api/media/video with a cap from a newsroom
// setting, app/api/media/captions). request.formData()
// alone would take a body of any size before we could look at the file;
// here the body stops being read at the cap. The form is still held in
// memory, so the cap is also the memory one upload can take.

/** Room for the multipart boundaries and the text fields around the file. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/** The form, or null when the body is not one; `tooLarge()` is thrown past `maxBytes`. */
export async function readCappedForm(request: Request, maxBytes: number, tooLarge: () => Error): Promise<FormData | null> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return null;
  let seen = 0;
  const capped = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    return await new Response(capped, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    // formData() reports the stream we stopped as a TypeError of its own.
    if (seen > maxBytes) throw tooLarge();
    return null;
  }
}

export function textField(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}
