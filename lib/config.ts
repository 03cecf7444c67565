// Settings that come from the environment, read and checked in one place.
// Admins edit the site name, tagline, time zone and more in the database
// (lib/settings.ts); the values here are their defaults.
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "./time";

export class ConfigError extends Error {}

export type AppConfig = {
  port: number;
  siteUrl: string;
  siteName: string;
  siteTagline: string;
  /** BCP 47 language of the site's content, e.g. "ru" or "vi". */
  siteLanguage: string;
  timeZone: string;
  dataDir: string;
};

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const rawPort = env.PORT ?? "3000";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT "${rawPort}" is not a port number (1–65535)`);
  }
  const siteUrl = (env.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  try {
    const u = new URL(siteUrl);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
  } catch {
    throw new ConfigError(`SITE_URL "${siteUrl}" is not an http(s) URL`);
  }
  const timeZone = env.SITE_TIME_ZONE ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    throw new ConfigError(`SITE_TIME_ZONE "${timeZone}" is not a time zone name such as ${DEFAULT_TIME_ZONE}`);
  }
  return {
    port,
    siteUrl,
    siteName: env.SITE_NAME ?? "Nghe An Daily",
    siteTagline: env.SITE_TAGLINE ?? "News of Nghe An province, every day",
    siteLanguage: env.SITE_LANGUAGE ?? "ru",
    timeZone,
    dataDir: env.DATA_DIR ?? "data",
  };
}
