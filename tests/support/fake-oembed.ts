// A stand-in oEmbed provider on 127.0.0.1 for the embed tests (integration
// and e2e): point OEMBED_ENDPOINTS at `${base}/oembed` for a provider and it
// answers by the video id in the asked `url` (YouTube's 11 characters), so a
// test picks a behaviour by the link it pastes:
// - any other id: a good answer, with a thumbnail on this server;
// - SLOW: never answers (a timeout);
// - HUGE: a valid JSON answer of 200 KB (over the cap);
// - REDIRECT: a 302 to a private address (and METADATA: to 169.254.169.254,
//   REDIRHERE: to this server's /moved, which logs whether it was followed);
// - INJECT: HTML and script in title, author and a javascript: thumbnail;
// - PLAINHTTP: a thumbnail on a public host over http;
// - NOTJSON: an HTML page.
// Every request is logged in `requests` (path and query).
import { once } from "node:events";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

export const FAKE_IDS = {
  good: "dQw4w9WgXcQ",
  slow: "SLOWslow000",
  huge: "HUGEhuge000",
  redirect: "REDIRECT000",
  metadata: "METADATA000",
  redirectHere: "REDIRHERE00",
  inject: "INJECTinj00",
  plainHttp: "PLAINHTTP00",
  notJson: "NOTJSON0000",
} as const;

export const INJECTED = {
  title: '<script>alert("x")</script><img src=x onerror="alert(1)">Lễ hội <b>đền Cuông</b>',
  author: '"><svg onload=alert(2)>Đài PT-TH Nghệ An',
};

export type FakeOembed = { base: string; requests: string[]; close: () => Promise<void> };

export async function startFakeOembed(port = 0): Promise<FakeOembed> {
  const thumbnail = await sharp({ create: { width: 480, height: 360, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();
  const requests: string[] = [];
  let base = "";
  const json = (res: ServerResponse, body: unknown) => res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push(url.pathname + url.search);
    if (url.pathname === "/thumb.png") return res.writeHead(200, { "content-type": "image/png" }).end(thumbnail);
    if (url.pathname !== "/oembed") return res.writeHead(404).end();
    const asked = url.searchParams.get("url") ?? "";
    const id = new URL(asked, "https://x").searchParams.get("v") ?? "";
    const answer = { type: "video", version: "1.0", provider_name: "YouTube", title: "Lễ hội đền Cuông 2026", author_name: "Báo Nghệ An", width: 720, height: 405, thumbnail_url: `${base}/thumb.png`, thumbnail_width: 480, thumbnail_height: 360, html: "<iframe src=\"https://evil.example/\"></iframe>" };
    switch (id) {
      case FAKE_IDS.slow:
        return; // never answers
      case FAKE_IDS.huge:
        return json(res, { ...answer, padding: "x".repeat(200 * 1024) });
      case FAKE_IDS.redirect:
        return res.writeHead(302, { location: "http://10.0.0.1/oembed" }).end();
      case FAKE_IDS.metadata:
        return res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      case FAKE_IDS.redirectHere:
        return res.writeHead(302, { location: `${base}/moved` }).end();
      case FAKE_IDS.inject:
        return json(res, { ...answer, title: INJECTED.title, author_name: INJECTED.author, thumbnail_url: "javascript:alert(3)" });
      case FAKE_IDS.plainHttp:
        return json(res, { ...answer, thumbnail_url: "http://example.com/thumb.png" });
      case FAKE_IDS.notJson:
        return res.writeHead(200, { "content-type": "text/html" }).end("<p>Không phải oEmbed</p>");
      default:
        return json(res, answer);
    }
  });
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
