// Password hashing: argon2id with the library's defaults (19 MiB, t=2), the
// OWASP baseline. The one place passwords are hashed or checked.
import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
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

let common: Set<string> | undefined;
/** The 10,000 most common passwords (lib/auth/common-passwords.txt), loaded once. */
function commonPasswords(): Set<string> {
  if (!common) {
    const text = readFileSync(path.resolve("lib/auth/common-passwords.txt"), "utf8");
    common = new Set(text.split("\n").filter((line) => line && !line.startsWith("#")));
  }
  return common;
}

/** What is wrong with a new password: a catalogue key and its values. */
export type PasswordProblem = { key: string; values: Record<string, number> };

/**
 * Explains what is wrong with a new password, or returns null if it is
 * acceptable. Length and commonness only: no composition rules, which push
 * people to predictable patterns (NIST SP 800-63B).
 */
export function checkPassword(password: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return { key: "auth.validation.passwordTooShort", values: { min: MIN_PASSWORD_LENGTH } };
  // The limit is written into the message, which the set-password form's schema shares.
  if (password.length > MAX_PASSWORD_LENGTH) return { key: "auth.validation.passwordTooLong", values: {} };
  if (commonPasswords().has(password.toLowerCase())) return { key: "auth.validation.passwordCommon", values: {} };
  return null;
}

/** checkPassword's answer in English, for start-up (ADMIN_PASSWORD), or null. */
export function passwordProblem(password: string): string | null {
  const problem = checkPassword(password);
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
