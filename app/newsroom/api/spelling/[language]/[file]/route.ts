// GET /newsroom/api/spelling/<language>/index.aff and /index.dic: a language's
// Hunspell files for the editor's spelling worker, read from the dictionary
// package in node_modules (lib/spelling/dictionary-files.ts). Staff only.
// Cached by the browser for a day, and revalidated by the package's version
// (ETag). 404 { ok: false, error } in the caller's language when the language
// has no dictionary or its optional package is not installed.
import { authedRoute } from "@/lib/actions/route";
import { UserError } from "@/lib/errors/user-error";
import { isDictionaryFile, readDictionaryFile } from "@/lib/spelling/dictionary-files";

type Params = { language: string; file: string };

export const GET = authedRoute<undefined, Params>("newsroom:enter", { refusalStatus: () => 404 }, async ({ request }, { params }) => {
  const { language, file } = await params;
  const found = isDictionaryFile(file) ? await readDictionaryFile(language, file) : null;
  if (!found) throw new UserError("spelling.unavailable");
  const etag = `"${found.pkg.name}@${found.pkg.version}/${file}"`;
  const headers = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, max-age=86400", ETag: etag };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(found.data), { headers });
});
