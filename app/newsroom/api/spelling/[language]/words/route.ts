// GET /newsroom/api/spelling/<language>/words?articleId=<id>: the words the
// editor's spelling check accepts besides the dictionary's, never cached:
//   words   — the newsroom dictionary of that language (lib/spelling/newsroom-words.ts)
//   names   — the words of every tag name, staff name and byline (lib/spelling/names.ts)
//   ignored — the words ignored in that article, when given and readable by the caller.
// A language without spelling has no newsroom words (an empty list, not an error).
import { authedRoute } from "@/lib/actions/route";
import { copyLanguage } from "@/lib/copy-desk/languages";
import { db } from "@/lib/db";
import { ignoredWords } from "@/lib/spelling/ignored-words";
import { nameWords } from "@/lib/spelling/names";
import { dictionaryWords } from "@/lib/spelling/newsroom-words";

export const GET = authedRoute<undefined, { language: string }>("newsroom:enter", {}, async ({ request, user }, { params }) => {
  const code = copyLanguage((await params).language)?.code;
  const articleId = new URL(request.url).searchParams.get("articleId");
  const [words, names, ignored] = await Promise.all([
    code ? dictionaryWords(db, code) : Promise.resolve([]),
    nameWords(db),
    articleId ? ignoredWords(db, user, articleId) : Promise.resolve([]),
  ]);
  return Response.json({ words, names, ignored }, { headers: { "Cache-Control": "no-store" } });
});
