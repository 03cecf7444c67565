// A language's Hunspell files (index.aff, index.dic), found at run time in
// the dictionary package installed in node_modules (lib/copy-desk/languages.ts
// names it). They are read from disk, never imported: the packages stay out
// of Sapo's own code and bundles (dictionary-vi is GPL-2.0, an optional
// dependency that an installation may leave out; next.config.ts keeps both
// packages external).
import "server-only";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { copyLanguage } from "@/lib/copy-desk/languages";

export const DICTIONARY_FILES = ["index.aff", "index.dic"] as const;
export type DictionaryFile = (typeof DICTIONARY_FILES)[number];

export type DictionaryPackage = { name: string; version: string; dir: string; licence: string };

// Resolved from the app's own folder, which holds node_modules both when run
// by Next.js (bundled code has another import.meta.url) and by scripts/tests.
const requireHere = createRequire(path.join(process.cwd(), "package.json"));

/**
 * The installed package of a language's dictionary, or null when the language
 * has none or the package is not installed. The packages export only their
 * index.js, so the folder is that file's.
 */
export function dictionaryPackage(tag: string): DictionaryPackage | null {
  const dictionary = copyLanguage(tag)?.dictionary;
  if (!dictionary) return null;
  let main: string;
  try {
    main = requireHere.resolve(dictionary.package);
  } catch {
    return null; // an optional dictionary left out of this installation
  }
  const dir = path.dirname(main);
  let version = "0";
  try {
    version = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version?: string }).version ?? "0";
  } catch {
    // A package without a readable package.json still serves its files.
  }
  return { name: dictionary.package, version, dir, licence: dictionary.licence };
}

export function isDictionaryFile(name: string): name is DictionaryFile {
  return (DICTIONARY_FILES as readonly string[]).includes(name);
}

/** A dictionary file's bytes and the package it comes from; null when there is none. */
export async function readDictionaryFile(tag: string, file: DictionaryFile): Promise<{ data: Buffer; pkg: DictionaryPackage } | null> {
  const pkg = dictionaryPackage(tag);
  if (!pkg) return null;
  try {
    return { data: await readFile(path.join(pkg.dir, file)), pkg };
  } catch {
    return null;
  }
}
