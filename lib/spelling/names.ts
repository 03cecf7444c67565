// Names the spelling check accepts in every article: the words of all tag
// names, staff members' display and pen names, and every byline articles
// carry (guest writers, agencies such as "TTXVN"). Split into single words,
// as the checker looks words up one at a time.
import "server-only";
import type { Db } from "@/lib/db/client";
import { wordForm } from "@/lib/spelling/word-form";

// A run of letters and marks, with apostrophes or hyphens between letters.
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/**
 * The words of some names: each word once (first spelling kept, NFC), and for
 * a hyphenated word its parts too ("Nguyễn-Trần" gives "Nguyễn" and "Trần"),
 * since a checker may split at hyphens. Digits and punctuation are dropped.
 */
export function namesToWords(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const match of wordForm(name).matchAll(WORD)) {
      words.add(match[0]);
      if (match[0].includes("-")) for (const part of match[0].split("-")) words.add(part);
    }
  }
  return [...words];
}

/** Every word of every tag name, staff name and byline. */
export async function nameWords(db: Db): Promise<string[]> {
  const [tags, users, bylines] = await Promise.all([
    db.tag.findMany({ select: { name: true } }),
    db.user.findMany({ select: { displayName: true, penName: true } }),
    // Grouped in the database: an archive has a byline row per article and author.
    db.articleAuthor.groupBy({ by: ["byline"] }),
  ]);
  const names = [...tags.map((t) => t.name), ...users.flatMap((u) => [u.displayName, u.penName ?? ""]), ...bylines.map((b) => b.byline)];
  return namesToWords(names);
}
