// What an API key is on the wire, and how it is checked. A key reads
// `sapo_<prefix>_<secret>`: the prefix (12 hex digits) is the key's public
// name, stored as it is and used to find its row; the secret is 32 random
// bytes (base64url) and only its SHA-256 is stored.
//
// Why SHA-256 and not a slow hash (bcrypt, scrypt, argon2): slow hashes make
// guessing a *human-chosen* password expensive. A 256-bit random secret
// cannot be guessed however fast the hash is, so a slow one would protect
// nothing and would cost every API request tens of milliseconds of CPU.
// The comparison is constant-time all the same, so the answer's timing says
// nothing about how much of a guess was right.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const TOKEN = /^sapo_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** A new key: the text shown once, its prefix and the hash to store. */
export function newApiKeySecret(): { token: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  return { token: `sapo_${prefix}_${secret}`, prefix, secretHash: hashSecret(secret) };
}

/** The prefix and secret of a presented key, or null when it is not shaped like one of ours. */
export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = TOKEN.exec(token.trim());
  return match ? { prefix: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** How a key is shown after creation: its prefix only, e.g. `sapo_1a2b3c4d5e6f_…`. */
export function maskedApiKey(prefix: string): string {
  return `sapo_${prefix}_…`;
}
