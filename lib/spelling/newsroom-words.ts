// The newsroom dictionary: words the whole newsroom's spelling check accepts
// on top of a language's Hunspell dictionary (names, local places, jargon).
// Listed by everyone on staff, changed by the desk (`dictionary:manage`);
// every change is in the audit log (dictionary.wordAdded / wordRemoved).
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { copyLanguage } from "@/lib/copy-desk/languages";
import type { Db } from "@/lib/db/client";
import { holdLock, withRetry } from "@/lib/db/concurrency";
import { UserError } from "@/lib/errors/user-error";
import { wordForm, wordKey, wordProblem } from "@/lib/spelling/word-form";

export type DictionaryEntry = {
  id: string;
  language: string;
  word: string;
  createdAt: Date;
  addedBy: { id: string; displayName: string } | null;
};

/** The dictionary's language code for an article language tag ("vi-VN" → "vi"); refuses a language without spelling. */
export function spellingLanguageCode(tag: string): string {
  const language = copyLanguage(tag);
  if (!language?.dictionary) throw new UserError("spelling.errors.noLanguage");
  return language.code;
}

/** Refuses a word the dictionary does not take (lib/spelling/word-form.ts), else its stored form. */
export function acceptedWord(text: string): string {
  const problem = wordProblem(text);
  if (problem) throw new UserError(`spelling.errors.${problem}`);
  return wordForm(text);
}

function assertManager(actor: Pick<Actor, "role">): void {
  if (!can(actor.role, "dictionary:manage")) throw new UserError("errors.forbidden");
}

/** Every word of a language, as the spelling check loads them. */
export async function dictionaryWords(db: Db, language: string): Promise<string[]> {
  const rows = await db.dictionaryWord.findMany({ where: { language }, select: { word: true }, orderBy: { word: "asc" } });
  return rows.map((r) => r.word);
}

/**
 * A language's entries for the dictionary page, newest first; `search`
 * matches anywhere in the word, whatever its case (compared in JavaScript:
 * SQLite's lower() knows only ASCII, and a language has thousands of words at
 * most).
 */
export async function listDictionary(db: Db, language: string, search = ""): Promise<DictionaryEntry[]> {
  const rows = await db.dictionaryWord.findMany({
    where: { language },
    orderBy: [{ createdAt: "desc" }, { word: "asc" }],
    select: { id: true, language: true, word: true, createdAt: true, addedBy: { select: { id: true, displayName: true } } },
  });
  const needle = wordKey(search);
  return needle ? rows.filter((r) => wordKey(r.word).includes(needle)) : rows;
}

/** How many words each language has, for the page's language choice. */
export async function dictionarySizes(db: Db): Promise<Record<string, number>> {
  const groups = await db.dictionaryWord.groupBy({ by: ["language"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.language, g._count._all]));
}

/**
 * Adds a word. One entry per word whatever its case: "vinh" when "Vinh" is
 * there is refused, naming the entry that exists.
 */
export async function addWordToDictionary(db: Db, actor: Actor, input: { language: string; word: string }): Promise<DictionaryEntry> {
  assertManager(actor);
  const language = spellingLanguageCode(input.language);
  const word = acceptedWord(input.word);
  // Locked per language: two people adding "Vinh" and "vinh" at once on
  // PostgreSQL would otherwise both find neither.
  return withRetry(db, async (tx) => {
    await holdLock(tx, "dictionary-words", language);
    const key = wordKey(word);
    const existing = (await tx.dictionaryWord.findMany({ where: { language }, select: { word: true } })).find((r) => wordKey(r.word) === key);
    if (existing) throw new UserError("spelling.errors.duplicate", { word: existing.word });
    const row = await tx.dictionaryWord.create({
      data: { language, word, addedById: actor.id },
      select: { id: true, language: true, word: true, createdAt: true, addedBy: { select: { id: true, displayName: true } } },
    });
    await recordAudit(tx, { action: "dictionary.wordAdded", actorId: actor.id, ip: actor.ip, targetType: "dictionaryWord", targetId: row.id, detail: { language, word } });
    return row;
  });
}

/** Removes a word (by its entry's id); one already removed is refused. */
export async function removeWordFromDictionary(db: Db, actor: Actor, input: { id: string }): Promise<void> {
  assertManager(actor);
  await db.$transaction(async (tx) => {
    const row = await tx.dictionaryWord.findUnique({ where: { id: input.id }, select: { language: true, word: true } });
    if (!row) throw new UserError("spelling.errors.wordGone");
    await tx.dictionaryWord.delete({ where: { id: input.id } });
    await recordAudit(tx, { action: "dictionary.wordRemoved", actorId: actor.id, ip: actor.ip, targetType: "dictionaryWord", targetId: input.id, detail: { language: row.language, word: row.word } });
  });
}
