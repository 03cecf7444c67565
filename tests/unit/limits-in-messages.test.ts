// Validation messages are catalogue keys, shown without values by the action
// wrapper (lib/actions/action.ts), so the ones that state a limit ("at most
// 100 characters") write it into the text. These tests keep each such text,
// in every language, equal to the limit the code enforces.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { checkPassword, MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { availableLocales, messageFor } from "@/lib/i18n/catalogue";
import { mediaTextSchema } from "@/lib/media/items";
import { siteSettingsSchema } from "@/lib/settings/site-settings";
import { TAXONOMY_LIMITS } from "@/lib/taxonomy/sections-and-tags";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zones";
import { newUserSchema } from "@/lib/users/admin";

/** The first issue of parsing `value`: its message (a key) and the limit zod reports. */
function issueOf(schema: z.ZodType, value: unknown): { key: string; limit: number } {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`${JSON.stringify(value)} passed`);
  const issue = result.error.issues[0] as { message: string; maximum?: number | bigint; minimum?: number | bigint };
  return { key: issue.message, limit: Number(issue.maximum ?? issue.minimum) };
}

/** Every catalogue's text for `key` names `expected` (a number as digits, e.g. "1000", not "1,000"). */
function expectEveryLanguageToSay(key: string, expected: string | number) {
  for (const locale of availableLocales()) {
    const text = messageFor(locale, key);
    expect(text, `${locale}: ${key}`).not.toBe(key);
    expect(text, `${locale}: ${key}`).toContain(String(expected));
  }
}

const tooLong = "x".repeat(10_000);

describe("messages that state a limit", () => {
  it("site settings", () => {
    const shape = siteSettingsSchema.shape;
    for (const field of [shape.siteName, shape.tagline, shape.footerText]) {
      const { key, limit } = issueOf(field, tooLong);
      expectEveryLanguageToSay(key, limit);
    }
    for (const slots of [0, 999]) {
      const { key, limit } = issueOf(shape.featuredSlots, slots);
      expectEveryLanguageToSay(key, limit);
    }
    for (const megabytes of [0, 99_999]) {
      const { key, limit } = issueOf(shape.videoMaxMegabytes, megabytes);
      expectEveryLanguageToSay(key, limit);
    }
    expectEveryLanguageToSay(issueOf(shape.timeZone, "Mars/Olympus_Mons").key, DEFAULT_TIME_ZONE);
    // The editor's recommended lengths: at least 10, at most the field's hard maximum.
    for (const field of [shape.titleLength, shape.leadLength, shape.seoTitleLength, shape.seoDescriptionLength, shape.titleSearchLength]) {
      for (const length of [0, 99_999]) {
        const { key, limit } = issueOf(field, length);
        expectEveryLanguageToSay(key, limit);
      }
    }
    // The copy desk's dateline.
    const { key, limit } = issueOf(shape.datelinePrefix, tooLong);
    expectEveryLanguageToSay(key, limit);
  });

  it("new users", () => {
    const shape = newUserSchema.shape;
    expectEveryLanguageToSay(issueOf(shape.displayName, tooLong).key, issueOf(shape.displayName, tooLong).limit);
    expectEveryLanguageToSay(issueOf(shape.email, `${tooLong}@example.com`).key, 254);
  });

  it("passwords", () => {
    const problem = checkPassword("x".repeat(MAX_PASSWORD_LENGTH + 1))!;
    expectEveryLanguageToSay(problem.key, MAX_PASSWORD_LENGTH);
  });

  it("media texts", () => {
    for (const field of Object.values(mediaTextSchema.shape)) {
      const { key, limit } = issueOf(field, tooLong);
      expectEveryLanguageToSay(key, limit);
    }
  });

  it("sections and tags", () => {
    expectEveryLanguageToSay("sections.validation.nameTooLong", TAXONOMY_LIMITS.sectionName);
    expectEveryLanguageToSay("sections.validation.slugTooLong", TAXONOMY_LIMITS.slug);
    expectEveryLanguageToSay("sections.validation.descriptionTooLong", TAXONOMY_LIMITS.description);
    expectEveryLanguageToSay("sections.validation.tagTooLong", TAXONOMY_LIMITS.tagName);
  });
});
