// The nginx micro-cache configuration (scripts/bench-nginx.ts): the text
// docs/deploying.md shows is the template's, word for word; the template
// keeps the directives the deployment relies on; its session-cookie map and
// its never-cached paths match what they should (nginx's regular
// expressions here are also valid JavaScript ones).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEPLOY_EXAMPLE, nginxBenchConfig, nginxSiteConfig } from "@/scripts/bench-nginx";

const site = nginxSiteConfig(DEPLOY_EXAMPLE);

/** The regular expression on the line that starts with `prefix` in the generated configuration. */
function regexAfter(prefix: string): RegExp {
  const line = site.split("\n").find((l) => l.trim().startsWith(prefix));
  if (!line) throw new Error(`no line starting with ${prefix}`);
  const pattern = /"~([^"]+)"|~\s+(\S+)\s+\{/.exec(line);
  if (!pattern) throw new Error(`no regular expression on: ${line}`);
  return new RegExp(pattern[1] ?? pattern[2]);
}

describe("nginx micro-cache template", () => {
  it("is what docs/deploying.md shows, in its own section", () => {
    const doc = readFileSync("docs/deploying.md", "utf8");
    const at = doc.indexOf("### nginx in front: micro-cache for reader pages");
    expect(at).toBeGreaterThan(-1);
    const section = doc.slice(at, doc.indexOf("\n### ", at + 1));
    expect(section).toContain("```nginx\n" + site + "```");
  });

  it("caches by Sapo's Cache-Control, serves stale while refreshing, and says whether it hit", () => {
    for (const directive of [
      "proxy_cache_path /var/cache/nginx/sapo ",
      "proxy_cache sapo;",
      "proxy_cache_use_stale updating error timeout;",
      "proxy_cache_background_update on;",
      "proxy_cache_lock on;",
      "proxy_cache_bypass $sapo_session;",
      "proxy_no_cache $sapo_session;",
      "add_header X-Cache-Status $upstream_cache_status always;",
      "proxy_set_header X-Forwarded-For $remote_addr;",
      "proxy_set_header X-Forwarded-Proto $scheme;",
      "proxy_set_header Upgrade $http_upgrade;",
      "proxy_set_header Connection $connection_upgrade;",
      "server 127.0.0.1:3000;",
    ]) {
      expect(site, directive).toContain(directive);
    }
    // Either would override the origin's Cache-Control (or its Vary).
    expect(site).not.toMatch(/^\s*proxy_cache_valid\b/m);
    expect(site).not.toMatch(/^\s*proxy_ignore_headers\b/m);
  });

  it("recognises next-auth's session cookie, and only it", () => {
    const session = regexAfter('"~');
    for (const cookie of [
      "next-auth.session-token=abc",
      "__Secure-next-auth.session-token=abc",
      "theme=dark; next-auth.session-token=abc",
      "a=1;__Secure-next-auth.session-token.0=abc",
    ]) {
      expect(session.test(cookie), cookie).toBe(true);
    }
    for (const cookie of ["", "next-auth.csrf-token=x", "my-next-auth.session-token=abc", "x=next-auth.session-token=abc"]) {
      expect(session.test(cookie), cookie).toBe(false);
    }
  });

  it("never caches the newsroom, signing in, passwords, the API or search, whatever their tail", () => {
    const uncached = regexAfter("location ~");
    for (const p of ["/newsroom", "/newsroom/articles/x", "/login", "/set-password/token", "/api/media", "/api/auth/session", "/search"]) {
      expect(uncached.test(p), p).toBe(true);
    }
    for (const p of ["/", "/newsroom-notes/a-story", "/loginx", "/world/api", "/apiary", "/searching", "/_next/static/x.js"]) {
      expect(uncached.test(p), p).toBe(false);
    }
  });

  it("runs, in the benchmark, the same site on its own ports with everything under its prefix", () => {
    const conf = nginxBenchConfig({ prefix: "/tmp/p", upstream: "127.0.0.1:3200", port: 3210, plainPort: 3211, workers: 1 });
    const benchSite = nginxSiteConfig({ upstream: "127.0.0.1:3200", cacheDir: "/tmp/p/cache", listen: ["127.0.0.1:3210"], serverName: "localhost" });
    const unindented = conf.replace(/^ {4}/gm, "");
    expect(unindented).toContain(benchSite.trimEnd());
    for (const line of ["daemon off;", "pid /tmp/p/nginx.pid;", "error_log /tmp/p/error.log warn;", "proxy_temp_path /tmp/p/temp/proxy;", "listen 127.0.0.1:3211;", "root /tmp/p/plain;"]) {
      expect(conf, line).toContain(line);
    }
    expect(conf).not.toContain("ssl");
  });
});
