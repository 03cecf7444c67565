// isSameOrigin: the cross-site request check for route handlers that change things.
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/origin";

// Next.js builds request.url from its own listening address, whatever host the browser used.
const post = (headers: Record<string, string>, url = "http://localhost:3000/api/media") =>
  new Request(url, { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts a request whose Origin names the host it was sent to", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "https://news.example.com", host: "news.example.com" }))).toBe(true);
    // Case and the scheme's default port do not matter.
    expect(isSameOrigin(post({ origin: "https://News.Example.com", host: "news.example.com:443" }))).toBe(true);
  });

  it("uses the proxy's X-Forwarded-Host over Host, and request.url when neither is there", () => {
    expect(
      isSameOrigin(post({ origin: "https://news.example.com", host: "127.0.0.1:3000", "x-forwarded-host": "news.example.com" })),
    ).toBe(true);
    expect(isSameOrigin(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "x-forwarded-host": "news.example.com" }))).toBe(
      false,
    );
    expect(isSameOrigin(post({ origin: "http://localhost:3000" }))).toBe(true);
  });

  it("refuses a missing, null or unparsable Origin", () => {
    expect(isSameOrigin(post({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "not a url", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "file://localhost:3000", host: "localhost:3000" }))).toBe(false);
  });

  it("refuses another site, another port and look-alike hosts", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "news.example.com" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://localhost:4000", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "https://news.example.com.evil.example", host: "news.example.com" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "https://news.example.com", host: "news.example.com.evil.example" }))).toBe(false);
  });
});
