// The sign-in endpoint's own refusals (app/api/auth/[...nextauth]/route.ts)
// are in the site's language, like the sign-in page: nobody is signed in yet
// to have a language of their own.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { messageFor } from "@/lib/i18n/catalogue";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, has: () => false, set: () => {}, delete: () => {} }),
}));

const SITE = "http://localhost:3100";
let t: TestDb;
let POST: typeof import("@/app/api/auth/[...nextauth]/route").POST;

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported.
  process.env.DATABASE_URL = t.url;
  POST = (await import("@/app/api/auth/[...nextauth]/route")).POST;
});
afterAll(() => t.db.$disconnect());

async function setSiteLanguage(language: string) {
  const value = JSON.stringify(language);
  await t.db.setting.upsert({ where: { key: "siteLanguage" }, create: { key: "siteLanguage", value }, update: { value } });
}

describe("POST /api/auth/callback/credentials from another site", () => {
  for (const language of ["vi", "en"]) {
    it(`is refused in the site's language (${language})`, async () => {
      await setSiteLanguage(language);
      const request = new Request(`${SITE}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { host: "localhost:3100", origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
        body: "email=a%40example.com&password=x",
      });
      const response = await POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
      expect(response.status).toBe(403);
      const { error } = (await response.json()) as { error: string };
      expect(error).toBe(messageFor(language, "editor.errors.crossSite"));
    });
  }

  it("says it differently in each language", () => {
    expect(messageFor("vi", "editor.errors.crossSite")).not.toBe(messageFor("en", "editor.errors.crossSite"));
  });
});
