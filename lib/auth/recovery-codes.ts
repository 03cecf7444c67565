// Recovery codes: ten single-use codes for signing in when the authenticator
// app is not at hand, shown once when two-factor sign-in is turned on and
// stored only as argon2id hashes (like passwords, lib/auth/password.ts).
// Each is 10 characters from an alphabet without look-alikes (no 0/o, 1/l/i),
// about 50 bits: out of reach of guessing behind sign-in throttling.
import { randomInt } from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const LENGTH = 10;

/** New codes as they are shown: "abcde-12345". */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What was typed, without case, spaces or dashes; null if it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]+/g, "");
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

export function hashRecoveryCode(code: string): Promise<string> {
  return hashPassword(normalizeRecoveryCode(code) ?? code);
}

/** Whether a normalized code matches a stored hash. */
export function recoveryCodeMatches(codeHash: string, normalized: string): Promise<boolean> {
  return verifyPassword(codeHash, normalized);
}
