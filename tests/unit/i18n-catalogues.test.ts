// The message catalogues (messages/*.json) stay complete and usable:
// every language has every key the others have, with the same ICU
// arguments, and every key the code asks for exists.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { availableLocales, loadMessages, type Messages } from "@/lib/i18n/catalogue";
import { formatWithPattern } from "@/lib/i18n/format";
import { hardcodedTexts, keysUsedInCode, scanSource } from "@/tests/support/i18n-scan";

function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** The names of an ICU message's arguments, e.g. {count} and {name}. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*(\w+)\s*(?:[,}])/g)].map((m) => m[1]))].sort();
}

const locales = availableLocales();
const catalogues = new Map(locales.map((l) => [l, flatten(loadMessages(l))]));

describe("message catalogues", () => {
  it("include Vietnamese and English, one file per language", () => {
    expect(locales).toEqual(expect.arrayContaining(["vi", "en"]));
    expect(readdirSync(path.resolve("messages")).filter((f) => f.endsWith(".json")).sort()).toEqual(locales.map((l) => `${l}.json`).sort());
  });

  for (const locale of locales) {
    it(`${locale}: has every key of every other catalogue, with the same arguments`, () => {
      const mine = catalogues.get(locale)!;
      const problems: string[] = [];
      for (const [other, theirs] of catalogues) {
        if (other === locale) continue;
        for (const [key, message] of theirs) {
          if (!mine.has(key)) problems.push(`missing ${key} (present in ${other})`);
          else if (!key.startsWith("meta.") && argumentsOf(mine.get(key)!).join() !== argumentsOf(message).join()) {
            problems.push(`${key}: arguments ${argumentsOf(mine.get(key)!)} differ from ${other}'s ${argumentsOf(message)}`);
          }
        }
      }
      for (const [key, message] of mine) if (message.trim() === "") problems.push(`empty ${key}`);
      expect(problems).toEqual([]);
    });
  }

  it("have every key the code uses", () => {
    const english = catalogues.get("en")!;
    const missing = keysUsedInCode().filter(({ key }) => !english.has(key) && ![...english.keys()].some((k) => k.startsWith(`${key}.`)));
    expect(missing.map(({ key, where }) => `${key} (${where})`)).toEqual([]);
  });

  it("format dates as each language writes them", () => {
    const noon = new Date("2023-06-23T05:04:00Z"); // 12:04 in Vietnam
    const pattern = (l: string) => (loadMessages(l).meta as Messages).dateTime as string;
    expect(formatWithPattern(noon, pattern("vi"), "vi", "Asia/Ho_Chi_Minh")).toBe("23/06/2023 12:04");
    expect(formatWithPattern(noon, pattern("en"), "en", "Asia/Ho_Chi_Minh")).toBe("June 23, 2023, 12:04");
    expect(formatWithPattern(noon, "d MMMM yyyy", "ru", "Europe/Moscow")).toBe("23 июня 2023");
  });
});

describe("interface text", () => {
  it("comes from the catalogues: no component renders text of its own, no route handler or data-layer module answers with any", () => {
    expect(hardcodedTexts().map(({ text, where }) => `${where}: ${JSON.stringify(text)}`)).toEqual([]);
  });

  it("is found by the scanner wherever a component writes it", () => {
    const found = scanSource(
      "sample.tsx",
      `export function A({ busy }: { busy: boolean }) {
        const t = useTranslations("editor");
        return (<p title="Close" aria-label={t("close")}>Hello {busy ? "Saving…" : t("save")} {"Done"} <img alt="" /> · {12}</p>);
      }`,
    );
    expect(found.hardcoded.map((h) => h.text)).toEqual(["Close", "Hello", "Saving…", "Done"]);
    expect(found.keys.map((k) => k.key)).toEqual(["editor.close", "editor.save"]);
  });

  it("is found in route handlers and the data layer: response bodies and error messages, not logs, keys, headers or SQL", () => {
    const found = scanSource(
      "route.ts",
      `export async function POST(request: Request) {
        console.log("Handling a sign-in");
        if (!ok) return Response.json({ error: "Cross-site request refused." }, { status: 403, headers: { "Content-Type": "application/json" } });
        if (busy) return Response.json({ url: new URL("/login?error=throttled", request.url).toString(), error: wait ? \`Wait \${wait} s\` : "Too many attempts" });
        if (!data) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
        if (x) return NextResponse.json({ ok: false, error: messageFor(locale, "media.errors.noFile"), code: "no-file" });
        await db.$queryRaw\`SELECT "id" FROM "Article" WHERE "title" = \${title}\`;
        const refusal = { ok: false, error: "The article was deleted meanwhile." };
        if (bad) throw new Error("Something is not configured");
        return new Response(null, { status: 204 });
      }`,
    );
    expect(found.hardcoded.map((h) => h.text)).toEqual([
      "Cross-site request refused.",
      "`Wait ${wait} s`",
      "Too many attempts",
      "Not found",
      "The article was deleted meanwhile.",
    ]);
  });
});
