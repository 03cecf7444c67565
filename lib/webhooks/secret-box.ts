// Webhook signing secrets at rest. Standard Webhooks signs with HMAC, so the
// server must keep each endpoint's secret itself (a hash would not do): it is
// sealed with AES-256-GCM under a key derived (HKDF) from AUTH_SECRET, the
// server's own secret, so a copy of the database alone does not give anyone
// the power to forge our webhooks. Changing AUTH_SECRET makes the sealed
// secrets unreadable: endpoints then need new secrets (docs/deploying.md).
// Written by hand: node:crypto does it in a few lines; a library would add
// nothing but a dependency.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

function keyFrom(secret: string | undefined): Buffer {
  if (!secret) throw new Error("AUTH_SECRET is not set: webhook secrets cannot be sealed or opened");
  return Buffer.from(hkdfSync("sha256", secret, "sapo", "webhook-secrets", 32));
}

const serverSecret = () => process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;

/** A new signing secret in Standard Webhooks' form: "whsec_" and 32 random bytes in base64. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** Seals `plain` for storing: "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function sealSecret(plain: string, secret = serverSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

/** Opens what sealSecret stored; throws when it was sealed under another key or altered. */
export function openSecret(stored: string, secret = serverSecret()): string {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== VERSION || !iv || !tag || sealed === undefined) throw new Error("Not a sealed webhook secret");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
}
