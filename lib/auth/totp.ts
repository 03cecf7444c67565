// Time-based one-time codes (TOTP, RFC 6238) as authenticator apps make them:
// SHA-1, 6 digits, a new code every 30 seconds (otplib's defaults, which every
// app understands). Pure functions; lib/auth/two-factor.ts keeps the secrets
// and the last time step used.
import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";

export const TOTP_PERIOD_SECONDS = 30;

/** A code is accepted one step early or late too: phones' clocks drift, and typing takes time. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

/** A new shared secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** Whether `input` has the shape of a TOTP code (spaces allowed, as apps show "123 456"). */
export function looksLikeTotp(input: string): boolean {
  return /^\d{6}$/.test(input.replace(/\s+/g, ""));
}

/**
 * The time step `code` belongs to if it is right for `secret` now and comes
 * after `afterStep` (the last one accepted: a code is good once), else null.
 */
export async function matchTotp(secret: string, code: string, afterStep: number | null, now = new Date()): Promise<number | null> {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  // otplib's result type covers HOTP too; a TOTP match always has its time step.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

/** The code an app shows at `now` (for tests and the e2e suite). */
export function totpCode(secret: string, now = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, issuer: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

/** That address as a QR code, an SVG document (the page inlines it: the CSP allows no data: images). */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The secret in groups of four, for typing into an app by hand. */
export function formatSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}
