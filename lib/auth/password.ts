// Passwords: the one rule for a new one, hashing and checking. Hashing is
// argon2id with the library's defaults (19 MiB, t=2), the OWASP baseline.
// A new password must be 10–256 characters and hard to guess by zxcvbn's
// estimate (@zxcvbn-ts), with the person's own name, email and pen name
// counted as the first things an attacker tries.
import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { ZxcvbnFactory, type TranslationKeys, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary } from "@zxcvbn-ts/language-en";
import { messageFor } from "@/lib/i18n/catalogue";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

// Algorithm 2 is argon2id in @node-rs/argon2 (its const enum cannot be used
// under isolatedModules).
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed check, not a crash
  }
}

/** zxcvbn's score (0–4) a new password needs: 3 means about 10^8 guesses, out of reach online and slow offline against argon2id. */
export const MIN_PASSWORD_SCORE = 3;

// zxcvbn's matching grows steeply with length (seconds for 256 characters of
// l33t-like symbols, all on the event loop); a password is judged by its
// first 100 characters, which are strong on their own in any good one. The
// l33t cap is for the same reason: real passwords substitute a few letters.
const JUDGED_LENGTH = 100;
const L33T_MAX_SUBSTITUTIONS = 8;

let estimator: ZxcvbnFactory | undefined;
/**
 * The strength estimator, built once (ranking the word lists takes about a
 * second). Its data comes from the packages by module resolution, never from
 * a path relative to the working directory. The common-password list of
 * @zxcvbn-ts/language-common (about 50,000, most frequent first) replaces the
 * old exact-match list of 10,000: zxcvbn also finds them inside longer
 * passwords, capitalised, reversed or with l33t substitutions. No Vietnamese
 * word list is packaged; the common list is drawn from every language's leaks
 * (it has "anhyeuem", "matkhau", "vietnam"), and the Vietnamese words most
 * likely in a person's password, their own names, are checked per person.
 */
function strengthEstimator(): ZxcvbnFactory {
  return (estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    maxLength: JUDGED_LENGTH,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    // No `translations`: zxcvbn's feedback then comes back as its ids, which
    // WEAKNESS turns into catalogue keys (its own texts are English only).
  }));
}

const COMMON = "auth.validation.passwordCommon";
const PATTERN = "auth.validation.passwordPattern";
const WORDS = "auth.validation.passwordWords";
const DATES = "auth.validation.passwordDates";
const PERSONAL = "auth.validation.passwordPersonal";
const WEAK = "auth.validation.passwordWeak";

/** What each of zxcvbn's warnings tells the person, one message per reason. */
const WEAKNESS: Record<keyof TranslationKeys["warnings"], string> = {
  topTen: COMMON,
  topHundred: COMMON,
  common: COMMON,
  similarToCommon: COMMON,
  pwned: COMMON,
  straightRow: PATTERN,
  keyPattern: PATTERN,
  simpleRepeat: PATTERN,
  extendedRepeat: PATTERN,
  sequences: PATTERN,
  wordByItself: WORDS,
  namesByThemselves: WORDS,
  commonNames: WORDS,
  recentYears: DATES,
  dates: DATES,
  userInputs: PERSONAL,
};

/** Whose password it is: their own details make a password easy to guess. */
export type PasswordOwner = { email?: string | null; displayName?: string | null; penName?: string | null };

/** "Nguyễn Thị Hoa" → "nguyen thi hoa": people leave the marks out of passwords. */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** The words an attacker who knows the person would try: each detail whole, run together, and in parts, with and without marks. */
function ownerWords({ email, displayName, penName }: PasswordOwner): string[] {
  const words = new Set<string>();
  for (const detail of [displayName, penName, email, email?.split("@")[0]]) {
    if (!detail) continue;
    for (const form of new Set([detail.toLowerCase(), folded(detail)])) {
      words.add(form);
      words.add(form.replace(/[^\p{L}\p{N}]+/gu, ""));
      for (const part of form.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
    }
  }
  words.delete("");
  return [...words];
}

/**
 * The password with the person's own words taken out (ignoring case and
 * marks), or null if it has none. zxcvbn charges a fixed toll for each extra
 * piece, so "HoaMai1990!!" (pen name, year, two marks) just reaches score 3;
 * what is left after the name must be strong on its own instead.
 */
function withoutOwnerWords(password: string, words: string[]): string | null {
  let rest = folded(password);
  let found = false;
  // Longest first, so "nguyenthihoa" goes before "hoa" could split it.
  for (const word of [...new Set(words.map(folded))].sort((a, b) => b.length - a.length)) {
    if (word.length < 3 || !rest.includes(word)) continue;
    rest = rest.split(word).join("");
    found = true;
  }
  return found ? rest : null;
}

/** The catalogue key that best explains why zxcvbn found the password weak. */
function weaknessOf(result: ZxcvbnResult): string {
  // The person's own details first: the most useful thing to hear, even when
  // zxcvbn's warning speaks of another part of the password.
  if (result.sequence.some((match) => match.dictionaryName === "userInputs")) return PERSONAL;
  const warning = result.feedback.warning as keyof typeof WEAKNESS | null;
  return (warning && WEAKNESS[warning]) || WEAK;
}

/** What is wrong with a new password: a catalogue key and its values. */
export type PasswordProblem = { key: string; values: Record<string, number> };

const TOO_SHORT = "auth.validation.passwordTooShort";
const TOO_LONG = "auth.validation.passwordTooLong";

/** Every key checkPassword may answer with, for forms that show it beside the new password. */
export const PASSWORD_PROBLEMS: ReadonlySet<string> = new Set([TOO_SHORT, TOO_LONG, PERSONAL, WEAK, ...Object.values(WEAKNESS)]);

/**
 * Explains what is wrong with a new password, or returns null if it is
 * acceptable: its length, then how guessable it is, also once the owner's
 * own details are taken out. No composition rules, which push people to
 * predictable patterns (NIST SP 800-63B). Every place that sets a password
 * asks this.
 */
export function checkPassword(password: string, owner: PasswordOwner = {}): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return { key: TOO_SHORT, values: { min: MIN_PASSWORD_LENGTH } };
  // The limit is written into the message, which the set-password form's schema shares.
  if (password.length > MAX_PASSWORD_LENGTH) return { key: TOO_LONG, values: {} };
  const words = ownerWords(owner);
  const result = strengthEstimator().check(password, words);
  if (result.score < MIN_PASSWORD_SCORE) return { key: weaknessOf(result), values: {} };
  const rest = withoutOwnerWords(password, words);
  if (rest !== null && strengthEstimator().check(rest).score < MIN_PASSWORD_SCORE) return { key: PERSONAL, values: {} };
  return null;
}

/** checkPassword's answer in English, for start-up (ADMIN_PASSWORD), or null. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  const problem = checkPassword(password, owner);
  return problem ? messageFor("en", problem.key, problem.values) : null;
}

/** A random password for the first admin when none is configured. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

// A fixed hash to verify against when the email is unknown, so a wrong email
// costs the same time as a wrong password and does not reveal who has an account.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));
}
