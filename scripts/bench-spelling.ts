// `npm run bench:spelling` (part of `npm run bench`): what the editor's
// spelling check costs, on this machine, with the same code its Web Worker
// runs (lib/spelling/checker.ts). Prints numbers; asserts nothing.
// - Loading a dictionary: parsing the Hunspell files into nspell (vi, en),
//   and the memory the loaded dictionary takes (heap and RSS growth, after a
//   garbage collection).
// - Time to the first underline: loading plus checking every paragraph, for
//   the seed article's Vietnamese version and a generated 3,000-word one.
//   In the browser add fetching the files (cached for a day after the first
//   time) and the worker's start.
// - Per keystroke: re-checking the one paragraph being typed in, as the
//   worker does after each pause (words already seen come from its cache).
// - One word's suggestions (the menu).
// Timings are medians of BENCH_RUNS (default 5) runs after a warm-up, unless
// said otherwise; "cold" is the first run in the process, as a new worker's.
import os from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import english from "dictionary-en";
import { percentile } from "@/scripts/bench-support";
import { createSpellChecker, type Dictionary, type SpellChecker } from "@/lib/spelling/checker";
import { seedArticleVi } from "@/prisma/seed/seed-article-vi";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEYSTROKES = 500;

setFlagsFromString("--expose_gc");
const gc = runInNewContext("gc") as () => void;

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function median(run: () => void): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** A small deterministic generator: the same "random" article every run. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const seedParagraphs = [seedArticleVi.title, seedArticleVi.lead, ...seedArticleVi.blocks.flatMap((b) => ("text" in b && b.text ? [b.text] : "caption" in b && b.caption ? [b.caption] : []))];

/** About `words` syllables of Vietnamese in paragraphs of about 60, from the seed's syllables, one in 200 misspelt. */
function generatedArticle(words: number): string[] {
  const random = generator(20);
  const syllables = seedParagraphs.join(" ").split(/\s+/).filter(Boolean);
  const paragraphs: string[] = [];
  for (let done = 0; done < words; ) {
    const length = 40 + Math.floor(random() * 40);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const w = syllables[Math.floor(random() * syllables.length)];
      parts.push(random() < 0.005 ? `${w}x` : w);
    }
    paragraphs.push(parts.join(" "));
    done += length;
  }
  return paragraphs;
}

async function vietnamese(): Promise<Dictionary | null> {
  try {
    return (await import("dictionary-vi")).default;
  } catch {
    return null; // an optional package: not installed here
  }
}

function loadFigures(label: string, language: string, files: Dictionary): SpellChecker {
  gc();
  const before = process.memoryUsage();
  const coldStart = performance.now();
  const checker = createSpellChecker(language, files);
  const cold = performance.now() - coldStart;
  gc();
  const after = process.memoryUsage();
  const load = median(() => createSpellChecker(language, files));
  console.log(`  ${label.padEnd(44)} load ${ms(load).padStart(9)} (first, cold: ${ms(cold)})   heap +${mb(after.heapUsed - before.heapUsed)}, RSS +${mb(after.rss - before.rss)}`);
  return checker;
}

function firstUnderline(label: string, language: string, files: Dictionary, paragraphs: string[]) {
  const words = paragraphs.join(" ").split(/\s+/).filter(Boolean).length;
  const whole: number[] = [];
  const checks: number[] = [];
  let misspelt = 0;
  let cold = 0;
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    const checker = createSpellChecker(language, files);
    const loaded = performance.now();
    misspelt = paragraphs.reduce((n, p) => n + checker.check(p).length, 0);
    const end = performance.now();
    // The first run warms the JIT up: reported on its own, as a fresh worker's.
    if (i === 0) cold = end - start;
    else {
      whole.push(end - start);
      checks.push(end - loaded);
    }
  }
  const mid = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(`  ${label.padEnd(44)} ${ms(mid(whole)).padStart(9)} (load + check of ${paragraphs.length} paragraphs, ${words} words, ${misspelt} underlined; the check alone ${ms(mid(checks))}; first run, cold: ${ms(cold)})`);
}

function keystrokes(label: string, checker: SpellChecker, paragraph: string) {
  const random = generator(7);
  const letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ";
  let text = paragraph;
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    // A letter typed at a random place, or a space: new words, half-typed ones, the rest cached.
    const at = Math.floor(random() * text.length);
    const key = random() < 0.2 ? " " : letters[Math.floor(random() * letters.length)];
    text = text.slice(0, at) + key + text.slice(at);
    const start = performance.now();
    checker.check(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(44)} median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1])} (${KEYSTROKES} keystrokes)`);
}

console.log(`Spelling check (lib/spelling/checker.ts, nspell), ${new Date().toISOString()}`);
console.log(`${os.cpus()[0]?.model ?? "CPU"} × ${os.cpus().length}, Node ${process.version}, ${os.platform()} ${os.arch()}\n`);

const vi = await vietnamese();
console.log("Loading a dictionary (parse into nspell):");
const viChecker = vi ? loadFigures("Vietnamese (dictionary-vi)", "vi", vi) : null;
const enChecker = loadFigures("English (dictionary-en)", "en", english);
if (!vi) console.log("  Vietnamese: dictionary-vi is not installed (an optional dependency): its figures are left out.");

if (vi && viChecker) {
  console.log("\nTime to the first underline (full check after opening):");
  firstUnderline("seed article, Vietnamese version", "vi", vi, seedParagraphs);
  firstUnderline("generated 3,000-word Vietnamese article", "vi", vi, generatedArticle(3000));
  console.log("\nPer keystroke in the worker (re-check of the edited paragraph):");
  for (const p of seedParagraphs) viChecker.check(p);
  keystrokes("Vietnamese, a seed paragraph", viChecker, seedParagraphs[2]);
  console.log("\nSuggestions for one word (the menu):");
  console.log(`  ${"Vietnamese “nghiêpj”".padEnd(44)} ${ms(median(() => viChecker.suggest("nghiêpj")))}`);
}
const englishParagraph = "The provincial people's committee met on Tuesday to discuss the new rural development programme and the budget for the coming year.";
enChecker.check(englishParagraph);
console.log("\nEnglish:");
keystrokes("per keystroke, an English paragraph", enChecker, englishParagraph);
console.log(`  ${"suggestions for “recieve”".padEnd(44)} ${ms(median(() => enChecker.suggest("recieve")))}`);
