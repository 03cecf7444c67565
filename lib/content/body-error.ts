// The error every body rule throws (lib/content/body.ts, tables.ts): a plain
// Error (not a UserError) so these modules, which the editor also loads in the
// browser, do not pull in the server's message catalogues. Refusals name it
// by `name` (lib/errors/user-error.ts refusalIn).
export class BodyError extends Error {
  override readonly name = "BodyError";
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${message} (at ${path})` : message);
  }
}
