// The rules for the addresses Sapo's server fetches from on a user's behalf
// (lib/http/outbound-address.ts, lib/http/safe-fetch.ts): public unicast
// only, in IPv4 and IPv6, IPv4 inside IPv6 judged as IPv4, numeric tricks
// in URLs caught, and the escape hatch for tests opening loopback only.
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig, readOutboundAllowLoopback } from "@/lib/config/env";
import { classifyAddress, isIpLiteral } from "@/lib/http/outbound-address";
import { mayConnect, OutboundError, safeFetch } from "@/lib/http/safe-fetch";

describe("classifyAddress", () => {
  it("takes public IPv4 and IPv6 unicast addresses as public", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "203.0.114.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "2606:4700::1111", "[2a00:1450:4001::200e]"]) {
      expect(classifyAddress(address), address).toBe("public");
    }
  });

  it("takes loopback, in every spelling, as loopback", () => {
    for (const address of ["127.0.0.1", "127.255.255.254", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "::ffff:7f00:1", "[::ffff:7f00:1]"]) {
      expect(classifyAddress(address), address).toBe("loopback");
    }
  });

  it("refuses private, link-local, carrier NAT, reserved, documentation and multicast IPv4", () => {
    const refused = [
      "0.0.0.0",
      "10.1.2.3",
      "100.64.0.1",
      "169.254.169.254",
      "172.16.0.1",
      "172.31.255.255",
      "192.0.0.8",
      "192.0.2.1",
      "192.168.1.1",
      "198.18.0.1",
      "198.51.100.7",
      "203.0.113.9",
      "224.0.0.1",
      "239.255.255.250",
      "240.0.0.1",
      "255.255.255.255",
    ];
    for (const address of refused) expect(classifyAddress(address), address).toBe("private");
  });

  it("refuses unspecified, unique-local, link-local, site-local, multicast, documentation, 6to4 and Teredo IPv6", () => {
    const refused = ["::", "fc00::1", "fd12:3456:789a::1", "fe80::1", "fe80::1%eth0", "fec0::1", "ff02::1", "2001:db8::1", "2002:7f00:1::1", "2001:0:4136:e378::1", "3fff::1", "100::1", "::127.0.0.1"];
    for (const address of refused) expect(classifyAddress(address), address).toBe("private");
  });

  it("judges IPv4 inside IPv6 (mapped, NAT64) by its IPv4 rule", () => {
    expect(classifyAddress("::ffff:10.0.0.1")).toBe("private");
    expect(classifyAddress("::ffff:a9fe:a9fe")).toBe("private"); // 169.254.169.254
    expect(classifyAddress("::ffff:8.8.8.8")).toBe("public");
    expect(classifyAddress("64:ff9b::c0a8:101")).toBe("private"); // 192.168.1.1
    expect(classifyAddress("64:ff9b::808:808")).toBe("public");
  });

  it("takes what is not an address for private: it cannot be judged", () => {
    for (const junk of ["", "localhost", "example.com", "1.2.3", "256.1.1.1", "01.2.3.4", "1::2::3", "12345::", "g::1"]) {
      expect(classifyAddress(junk), junk).toBe("private");
    }
  });

  it("tells IP literals from names", () => {
    expect(isIpLiteral("127.0.0.1")).toBe(true);
    expect(isIpLiteral("[::1]")).toBe(true);
    expect(isIpLiteral("example.com")).toBe(false);
    expect(isIpLiteral("127.0.0.1.nip.io")).toBe(false);
  });
});

describe("mayConnect", () => {
  const strict = { allowLoopback: false };
  const hatch = { allowLoopback: true };

  it("connects to public addresses over https only", () => {
    expect(mayConnect("93.184.216.34", "https:", strict)).toBe(true);
    expect(mayConnect("93.184.216.34", "http:", strict)).toBe(false);
    expect(mayConnect("93.184.216.34", "http:", hatch)).toBe(false);
  });

  it("reaches loopback only through the escape hatch, and never private addresses", () => {
    expect(mayConnect("127.0.0.1", "https:", strict)).toBe(false);
    expect(mayConnect("127.0.0.1", "http:", hatch)).toBe(true);
    expect(mayConnect("::1", "http:", hatch)).toBe(true);
    expect(mayConnect("10.0.0.1", "http:", hatch)).toBe(false);
    expect(mayConnect("169.254.169.254", "https:", hatch)).toBe(false);
  });
});

describe("safeFetch refuses before connecting", () => {
  const refusal = (url: string, allowLoopback = false) =>
    safeFetch(url, { maxBytes: 1000, allowLoopback, timeoutMs: 2000 }).then(
      () => null,
      (e: unknown) => e,
    );

  it("anything but https, and URLs with credentials", async () => {
    for (const url of ["http://example.com/a.png", "ftp://example.com/a.png", "file:///etc/passwd", "data:image/png;base64,AAAA", "javascript:alert(1)"]) {
      const error = await refusal(url);
      expect(error, url).toBeInstanceOf(OutboundError);
      expect((error as OutboundError).reason, url).toBe("scheme");
    }
    expect(((await refusal("https://user:secret@example.com/a.png")) as OutboundError).reason).toBe("url");
    expect(((await refusal("not a url")) as OutboundError).reason).toBe("url");
  });

  it("numeric spellings of loopback and private addresses, which the URL parser turns into dotted quads", async () => {
    for (const url of ["https://2130706433/", "https://0x7f.1/", "https://0177.0.0.1/", "https://127.1/", "https://[::ffff:127.0.0.1]/", "https://0/", "https://169.254.169.254/latest/meta-data/", "https://[fd00::1]/", "https://10.0.0.1./"]) {
      const error = await refusal(url);
      expect(error, url).toBeInstanceOf(OutboundError);
      expect((error as OutboundError).reason, url).toBe("address");
    }
  });

  it("http to a private address even with the escape hatch", async () => {
    expect(((await refusal("http://192.168.0.1/", true)) as OutboundError).reason).toBe("address");
    expect(((await refusal("http://example.com/", false)) as OutboundError).reason).toBe("scheme");
  });
});

describe("OUTBOUND_ALLOW_LOOPBACK", () => {
  it("is off unless set to 1 or true, and a malformed value stops start-up", () => {
    expect(readOutboundAllowLoopback({})).toBe(false);
    expect(readOutboundAllowLoopback({ OUTBOUND_ALLOW_LOOPBACK: "0" })).toBe(false);
    expect(readOutboundAllowLoopback({ OUTBOUND_ALLOW_LOOPBACK: "1" })).toBe(true);
    expect(readOutboundAllowLoopback({ OUTBOUND_ALLOW_LOOPBACK: "true" })).toBe(true);
    expect(readConfig({}).outboundAllowLoopback).toBe(false);
    expect(() => readConfig({ OUTBOUND_ALLOW_LOOPBACK: "yes please" })).toThrow(ConfigError);
    expect(() => readConfig({ OUTBOUND_ALLOW_LOOPBACK: "yes please" })).toThrow(/OUTBOUND_ALLOW_LOOPBACK/);
  });
});
