// Re-issuing this browser's session after a password change: the new cookie
// carries the new session version and everything else the old one did, and
// only a live session of the same person is renewed.
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { reissueSessionCookie, type CookieJar } from "@/lib/auth/session-cookie";

const secret = "a test secret that is long enough";
const settings = { secret, maxAge: 3600 };

function jarWith(cookies: Record<string, string>) {
  const values = new Map(Object.entries(cookies));
  const written: { name: string; options: Record<string, unknown> }[] = [];
  const jar: CookieJar = {
    get: (name) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name, value, options) => {
      values.set(name, value);
      written.push({ name, options });
    },
  };
  return { jar, values, written };
}

describe("re-issuing the session after a password change", () => {
  it("moves the session to the new version, keeping the rest of the token and the cookie's name", async () => {
    const old = await encode({ token: { uid: "u1", sv: 3, name: "Hoa", email: "hoa@example.com" }, secret });
    for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
      const { jar, values, written } = jarWith({ [name]: old });
      expect(await reissueSessionCookie(jar, { userId: "u1", from: 3, to: 4 }, settings)).toBe(true);
      expect(await decode({ token: values.get(name)!, secret })).toMatchObject({ uid: "u1", sv: 4, name: "Hoa", email: "hoa@example.com" });
      expect(written).toEqual([
        { name, options: { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: 3600 } },
      ]);
    }
  });

  it("renews nothing but a live session of the same person", async () => {
    const old = await encode({ token: { uid: "u1", sv: 3 }, secret });
    const tries: [Record<string, string>, { userId: string; from: number; to: number }][] = [
      [{ "next-auth.session-token": old }, { userId: "u2", from: 3, to: 4 }], // someone else's
      [{ "next-auth.session-token": old }, { userId: "u1", from: 2, to: 3 }], // already ended
      [{ "next-auth.session-token": "not a token" }, { userId: "u1", from: 3, to: 4 }],
      [{}, { userId: "u1", from: 3, to: 4 }], // no cookie (or one split in chunks)
    ];
    for (const [cookies, move] of tries) {
      const { jar, written } = jarWith(cookies);
      expect(await reissueSessionCookie(jar, move, settings)).toBe(false);
      expect(written).toEqual([]);
    }
    const { jar } = jarWith({ "next-auth.session-token": old });
    expect(await reissueSessionCookie(jar, { userId: "u1", from: 3, to: 4 }, { secret: "another secret entirely", maxAge: 3600 })).toBe(false);
    expect(await reissueSessionCookie(jar, { userId: "u1", from: 3, to: 4 }, { secret: undefined, maxAge: 3600 })).toBe(false);
  });
});
