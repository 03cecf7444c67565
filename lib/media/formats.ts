// The image formats the media library accepts: one list for the server's
// check (lib/media/upload.ts) and for the file pickers in the browser.
/** The accepted types, as people call them (messages, the upload form's label). */
export const UPLOAD_TYPES_LABEL = "JPEG, PNG, WebP, GIF or AVIF";
/** For file inputs' `accept`: a hint to the browser's file chooser; the bytes decide. */
export const UPLOAD_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";
