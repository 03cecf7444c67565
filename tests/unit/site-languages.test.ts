// How the reader site names languages and lists language versions: the
// "Read in …" links speak the language they lead to.
import { describe, expect, it } from "vitest";
import { newsLanguage } from "@/lib/feeds/sitemap";
import { articleLanguage, languageAlternates, ownLanguageName, readInLink } from "@/lib/site/languages";

describe("language names", () => {
  it("take a language's own name from its catalogue when there is one", () => {
    expect(ownLanguageName("vi")).toBe("Tiếng Việt");
    expect(ownLanguageName("en")).toBe("English");
  });

  it("ask the runtime for languages without a catalogue, capitalised", () => {
    expect(ownLanguageName("ru")).toBe("Русский");
    expect(ownLanguageName("de")).toBe("Deutsch");
    expect(ownLanguageName("fr")).toBe("Français");
  });

  it("fall back to the tag for what no one can name", () => {
    expect(ownLanguageName("qaa")).toBe("qaa");
    expect(ownLanguageName("not a tag")).toBe("not a tag");
  });
});

describe("Read in … links", () => {
  it("are written in the language they lead to, whatever the site's language", () => {
    expect(readInLink("vi", "en")).toEqual({ label: "Đọc bằng Tiếng Việt", lang: "vi" });
    expect(readInLink("en", "vi")).toEqual({ label: "Read in English", lang: "en" });
  });

  it("name a language without a catalogue in the site's own sentence and language", () => {
    expect(readInLink("ru", "vi")).toEqual({ label: "Đọc bằng Tiếng Nga", lang: "vi" });
    expect(readInLink("ru", "en")).toEqual({ label: "Read in Russian", lang: "en" });
  });
});

describe("article languages", () => {
  it("are the article's own, else the site's", () => {
    expect(articleLanguage({ language: "ru" }, "vi")).toBe("ru");
    expect(articleLanguage({ language: null }, "vi")).toBe("vi");
  });

  it("list every language version for hreflang, the article itself included", () => {
    const url = "https://news.example";
    const self = { language: null, slug: "duong-ven-bien", section: { slug: "thoi-su" } };
    const en = { language: "en", slug: "coastal-road", section: { slug: "news" } };
    expect(languageAlternates(url, "vi", self, [en])).toEqual({
      vi: "https://news.example/thoi-su/duong-ven-bien",
      en: "https://news.example/news/coastal-road",
    });
    expect(languageAlternates(url, "vi", self, [])).toEqual({});
    // A second version in the same language does not take the article's place.
    expect(languageAlternates(url, "vi", self, [{ ...en, language: "vi" }])).toEqual({});
  });

  it("are written for Google News as its ISO 639 codes", () => {
    expect(newsLanguage("vi")).toBe("vi");
    expect(newsLanguage("en-GB")).toBe("en");
    expect(newsLanguage("zh-Hant-TW")).toBe("zh-tw");
    expect(newsLanguage("zh-Hans")).toBe("zh-cn");
  });
});
