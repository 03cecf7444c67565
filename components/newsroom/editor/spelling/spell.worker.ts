// The spelling worker: loads the article language's Hunspell files and the
// newsroom's accepted words from the server, then checks paragraphs and
// suggests corrections off the page's thread, so typing never waits for it.
// Imports only pure code (lib/spelling/checker.ts): nothing of the server.
import { copyLanguage } from "@/lib/copy-desk/languages";
import { createSpellChecker, type SpellChecker } from "@/lib/spelling/checker";
import { spellingPath, type FromWorker, type SpellingStatus, type ToWorker } from "@/components/newsroom/editor/spelling/protocol";

// The project's TypeScript knows the DOM, not a worker's scope: this is all we use of it.
const scope = self as unknown as { postMessage(message: FromWorker): void; addEventListener(type: "message", listener: (e: MessageEvent<ToWorker>) => void): void };
const post = (message: FromWorker) => scope.postMessage(message);

type WordLists = { words?: string[]; names?: string[]; ignored?: string[] };

class Unavailable extends Error {
  constructor(readonly status: SpellingStatus) {
    super(status);
  }
}

async function text(url: string): Promise<string> {
  const response = await fetch(url, { credentials: "same-origin" });
  // 404: no dictionary for the language, or its optional package is not installed.
  if (response.status === 404) throw new Unavailable("missing");
  if (!response.ok) throw new Unavailable("failed");
  return response.text();
}

async function load(language: string, articleId: string): Promise<SpellChecker> {
  const known = copyLanguage(language);
  if (!known?.dictionary) throw new Unavailable("none");
  const started = performance.now();
  const lists: Promise<WordLists> = fetch(`${spellingPath(known.code, "words")}?articleId=${encodeURIComponent(articleId)}`, { credentials: "same-origin" })
    .then((r) => (r.ok ? (r.json() as Promise<WordLists>) : {}))
    .catch(() => ({}));
  const [aff, dic] = await Promise.all([text(spellingPath(known.code, "index.aff")), text(spellingPath(known.code, "index.dic"))]);
  const checker = createSpellChecker(language, { aff, dic });
  const { words = [], names = [], ignored = [] } = await lists;
  checker.add([...words, ...names, ...ignored]);
  post({ type: "status", status: "ready", ms: Math.round(performance.now() - started) });
  return checker;
}

let ready: Promise<SpellChecker | null> = Promise.resolve(null);

scope.addEventListener("message", (event) => {
  const message = event.data;
  if (message.type === "init") {
    ready = load(message.language, message.articleId).catch((e: unknown) => {
      post({ type: "status", status: e instanceof Unavailable ? e.status : "failed" });
      return null;
    });
    return;
  }
  // Messages wait for the dictionary, in the order they came.
  void ready.then((checker) => {
    if (!checker) return;
    if (message.type === "check") {
      const started = performance.now();
      const blocks = message.blocks.map((b) => ({ key: b.key, errors: checker.check(b.text) }));
      post({ type: "checked", id: message.id, blocks, ms: performance.now() - started });
    } else if (message.type === "suggest") {
      post({ type: "suggestions", id: message.id, word: message.word, list: checker.suggest(message.word) });
    } else if (message.type === "add") {
      checker.add(message.words);
    }
  });
});
