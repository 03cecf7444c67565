// Content-Security-Policy: the newsroom's dynamic pages (newsroom, sign-in,
// password links) allow only scripts carrying the request's nonce; the
// reader site keeps its own policy, sent by next.config.ts.
import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { newNonce, newsroomContentSecurityPolicy, readerContentSecurityPolicy } from "@/lib/http/csp";
import nextConfig from "@/next.config";
import { proxy } from "@/proxy";

/** The sources of one directive, e.g. script-src. */
function directive(policy: string, name: string): string[] {
  const found = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  if (!found) throw new Error(`no ${name} in ${policy}`);
  return found.slice(1);
}

describe("the newsroom's policy", () => {
  it("allows scripts by nonce only: no 'unsafe-inline', and 'strict-dynamic' for the scripts they load", () => {
    const nonce = newNonce();
    for (const dev of [false, true]) {
      const scripts = directive(newsroomContentSecurityPolicy(nonce, { dev }), "script-src");
      expect(scripts).toContain(`'nonce-${nonce}'`);
      expect(scripts).toContain("'strict-dynamic'");
      expect(scripts).not.toContain("'unsafe-inline'");
      // React's development build needs eval for its error overlays; production never.
      expect(scripts.includes("'unsafe-eval'")).toBe(dev);
    }
  });

  it("keeps the reader policy's other limits", () => {
    const policy = newsroomContentSecurityPolicy(newNonce(), { dev: false });
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "base-uri")).toEqual(["'none'"]);
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
  });

  it("gets a fresh, unguessable nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22,}={0,2}$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("the reader site's policy", () => {
  it("allows scripts and styles from our own origin only: nothing inline, no eval", () => {
    const policy = readerContentSecurityPolicy();
    expect(directive(policy, "script-src")).toEqual(["'self'"]);
    expect(directive(policy, "style-src")).toEqual(["'self'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "base-uri")).toEqual(["'none'"]);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("who sends which policy", () => {
  const fromConfig = (pathname: string) => unstable_getResponseFromNextConfig({ url: `http://localhost:3000${pathname}`, nextConfig });

  it("next.config.ts sends the strict policy outside the staff pages and leaves the newsroom's to the proxy", async () => {
    for (const p of ["/api/media", "/media/abc-640.webp", "/newsroom-notes/x", "/_next/static/x.js"]) {
      expect((await fromConfig(p)).headers.get("content-security-policy"), p).toBe(readerContentSecurityPolicy());
    }
    for (const p of ["/newsroom", "/newsroom/articles/x", "/login", "/set-password/abc"]) {
      const response = await fromConfig(p);
      expect(response.headers.get("content-security-policy"), p).toBeNull();
      expect(response.headers.get("x-frame-options"), p).toBe("DENY");
    }
  });

  it("the proxy sends the nonce policy and hands the same header to Next.js, a new nonce per request", async () => {
    const nonces = new Set<string>();
    for (const [p, cookie] of [["/login", ""], ["/set-password/abc", ""], ["/newsroom/articles/x", "next-auth.session-token=x"]]) {
      const response = await proxy(new NextRequest(`http://localhost:3000${p}`, { headers: cookie ? { cookie } : {} }));
      const policy = response.headers.get("content-security-policy");
      expect(policy, p).not.toBeNull();
      const scripts = directive(policy!, "script-src");
      expect(scripts).not.toContain("'unsafe-inline'");
      const nonce = scripts.find((s) => s.startsWith("'nonce-"));
      expect(nonce, p).toBeDefined();
      nonces.add(nonce!);
      // Next.js reads the nonce for its own scripts from the request's header.
      expect(response.headers.get("x-middleware-request-content-security-policy"), p).toBe(policy);
    }
    expect(nonces.size).toBe(3);
  });
});
