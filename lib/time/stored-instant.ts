// Instants kept inside text (an audit event's details, a revision's reason
// "Scheduled for 2026-11-30T00:00:00.000Z") in the form toISOString() gives
// them: recognised here, so the newsroom can show them in the staff member's
// language and the site's time zone rather than as UTC's ISO form.

const STORED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** The instant `text` is, if it is exactly one as stored; else null. */
export function storedInstant(text: string): Date | null {
  if (!STORED_INSTANT.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `text` shown with `format` if it is a stored instant, else as it is. */
export function showInstant(text: string, format: (d: Date) => string): string {
  const date = storedInstant(text);
  return date ? format(date) : text;
}
