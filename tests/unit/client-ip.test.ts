// clientIp: the address sign-in throttling and the audit log see. Only the
// socket's own address (x-sapo-peer, set by lib/server/http-server.ts) is
// believed, unless it is a proxy listed in TRUSTED_PROXIES.
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig, readTrustedProxies } from "@/lib/config/env";
import { clientIp } from "@/lib/http/client-ip";

const trusting = (list: string) => readTrustedProxies({ TRUSTED_PROXIES: list });
const none = trusting("");

describe("clientIp", () => {
  it("ignores forwarded headers from a client that reached Sapo directly", () => {
    const forged = new Headers({ "x-sapo-peer": "203.0.113.5", "x-forwarded-for": "192.0.2.1", "x-real-ip": "192.0.2.2" });
    expect(clientIp(forged, none)).toBe("203.0.113.5");
    // Even a listed proxy's word does not count when the request did not come from it.
    expect(clientIp(forged, trusting("10.0.0.0/8"))).toBe("203.0.113.5");
  });

  it("without the server's peer header, knows nothing (a forwarded header alone is anyone's word)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "192.0.2.1" }), trusting("0.0.0.0/0"))).toBeNull();
    expect(clientIp(undefined, none)).toBeNull();
  });

  it("behind a trusted proxy, takes the right-most X-Forwarded-For entry that is not a trusted proxy", () => {
    const proxies = trusting("10.0.0.0/8, 192.168.1.10");
    // The client put 192.0.2.1 there itself; the proxy appended what it saw.
    expect(clientIp(new Headers({ "x-sapo-peer": "10.1.2.3", "x-forwarded-for": "192.0.2.1, 198.51.100.9" }), proxies)).toBe("198.51.100.9");
    // Two proxies in a row: the inner one is skipped too.
    expect(clientIp(new Headers({ "x-sapo-peer": "10.1.2.3", "x-forwarded-for": "198.51.100.9, 192.168.1.10" }), proxies)).toBe("198.51.100.9");
    // Several headers are one list.
    const split = new Headers([["x-sapo-peer", "10.1.2.3"], ["x-forwarded-for", "192.0.2.1"], ["x-forwarded-for", "198.51.100.10"]]);
    expect(clientIp(split, proxies)).toBe("198.51.100.10");
    // next-auth's plain header record works the same way.
    expect(clientIp({ "x-sapo-peer": "10.1.2.3", "x-forwarded-for": "198.51.100.11" }, proxies)).toBe("198.51.100.11");
    // Only proxies in the list: the furthest one is the best there is.
    expect(clientIp(new Headers({ "x-sapo-peer": "10.1.2.3", "x-forwarded-for": "10.9.9.9" }), proxies)).toBe("10.9.9.9");
    // No X-Forwarded-For: X-Real-IP from the proxy, else the proxy itself.
    expect(clientIp(new Headers({ "x-sapo-peer": "10.1.2.3", "x-real-ip": "198.51.100.12" }), proxies)).toBe("198.51.100.12");
    expect(clientIp(new Headers({ "x-sapo-peer": "10.1.2.3" }), proxies)).toBe("10.1.2.3");
  });

  it("understands IPv6, IPv4-mapped peers and addresses written with a port", () => {
    const proxies = trusting("::1, fd00::/8, 127.0.0.1");
    expect(clientIp(new Headers({ "x-sapo-peer": "::1", "x-forwarded-for": "2001:db8::5" }), proxies)).toBe("2001:db8::5");
    expect(clientIp(new Headers({ "x-sapo-peer": "fd12::7", "x-forwarded-for": "[2001:db8::6]:4431" }), proxies)).toBe("2001:db8::6");
    expect(clientIp(new Headers({ "x-sapo-peer": "::ffff:127.0.0.1", "x-forwarded-for": "198.51.100.13:5050" }), proxies)).toBe("198.51.100.13");
    expect(clientIp(new Headers({ "x-sapo-peer": "::ffff:203.0.113.8", "x-forwarded-for": "192.0.2.1" }), proxies)).toBe("203.0.113.8");
  });

  it("does not pass on what a trusted proxy forwarded if it is not an address", () => {
    const proxies = trusting("10.0.0.0/8");
    expect(clientIp(new Headers({ "x-sapo-peer": "10.1.2.3", "x-forwarded-for": "unknown" }), proxies)).toBe("10.1.2.3");
  });
});

describe("TRUSTED_PROXIES", () => {
  it("is a comma-separated list of IPv4 and IPv6 addresses and CIDR ranges", () => {
    expect(readConfig({}).trustedProxies).toEqual([]);
    expect(readTrustedProxies({ TRUSTED_PROXIES: " 127.0.0.1 , 10.0.0.0/8,::1, 2001:db8::/32 " })).toEqual([
      { network: "127.0.0.1", prefix: 32, family: "ipv4" },
      { network: "10.0.0.0", prefix: 8, family: "ipv4" },
      { network: "::1", prefix: 128, family: "ipv6" },
      { network: "2001:db8::", prefix: 32, family: "ipv6" },
    ]);
  });

  it("stops start-up with a clear message when an entry is not an address or range", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "2001:db8::/129", "10.0.0.1/", "300.1.1.1", "10.0.0.0/8;"]) {
      expect(() => readConfig({ TRUSTED_PROXIES: bad }), bad).toThrow(ConfigError);
    }
    expect(() => readConfig({ TRUSTED_PROXIES: "127.0.0.1, nginx" })).toThrow(/TRUSTED_PROXIES: "nginx" is not an IP address or CIDR range/);
  });
});
