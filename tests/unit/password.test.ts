import { describe, expect, it } from "vitest";
import {
  checkPassword,
  generatePassword,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  passwordProblem,
  verifyPassword,
} from "@/lib/auth/password";
import { UserError } from "@/lib/errors/user-error";
import { loadMessages, type Messages } from "@/lib/i18n/catalogue";

const hoa = { displayName: "Nguyễn Thị Hoa", email: "hoa.nguyen@example.com", penName: "Hoa Mai" };

describe("password rules", () => {
  it("wants at least 10 characters and accepts long passphrases", () => {
    expect(passwordProblem("short")).toMatch(/at least 10/);
    expect(passwordProblem("a fairly long passphrase about rice fields ".repeat(3).slice(0, 128))).toBeNull();
    expect(MAX_PASSWORD_LENGTH).toBeGreaterThanOrEqual(128);
    expect(passwordProblem("x".repeat(MAX_PASSWORD_LENGTH + 1))).toMatch(/at most/);
  });

  it("refuses common passwords of 10 characters or more, and ones close to them, whatever their case", () => {
    // The old blocklist only caught exact entries (few of which were long enough to be accepted anyway).
    for (const p of ["1234567890", "QwertyUiop", "password1234", "P@ssw0rd2024", "iloveyou123", "anhyeuem123", "Football2023"]) {
      expect(checkPassword(p), p).toMatchObject({ key: "auth.validation.passwordCommon" });
    }
  });

  it("refuses keyboard rows, sequences and repeats, and says why", () => {
    expect(checkPassword("abcdefghijkl")).toMatchObject({ key: "auth.validation.passwordPattern" });
    expect(checkPassword("trustno1trustno1")).toMatchObject({ key: "auth.validation.passwordPattern" });
    expect(checkPassword("administrator1")).toMatchObject({ key: "auth.validation.passwordWeak" });
  });

  it("refuses a password made from the person's name, email or pen name", () => {
    for (const p of ["nguyenthihoa2024", "hoa.nguyen@example.com!", "HoaMai1990!!"]) {
      expect(checkPassword(p, hoa), p).toMatchObject({ key: "auth.validation.passwordPersonal" });
      // The same password is strong enough for someone else: the person's own details are what make it weak.
      expect(checkPassword(p, { displayName: "Trần Văn Nam", email: "nam@example.com" }), p).toBeNull();
    }
    expect(passwordProblem("nguyenthihoa2024", hoa)).toMatch(/name/);
  });

  it("accepts strong passwords without composition rules, and the generated ones", () => {
    for (const p of ["Nghệ An mùa lúa chín", "river ferry at dawn 42", "all lowercase words here", "correct horse battery staple"]) {
      expect(checkPassword(p, hoa), p).toBeNull();
    }
    for (let i = 0; i < 20; i++) expect(checkPassword(generatePassword(), { displayName: "Administrator", email: "admin@sapo.local" })).toBeNull();
  });

  it("explains a refusal in the person's language", () => {
    const catalogue = (locale: string) => (loadMessages(locale).auth as Messages).validation as Messages;
    for (const [password, name] of [
      ["password1234", "passwordCommon"],
      ["nguyenthihoa2024", "passwordPersonal"],
      ["abcdefghijkl", "passwordPattern"],
    ] as const) {
      const problem = checkPassword(password, hoa)!;
      expect(problem.key).toBe(`auth.validation.${name}`);
      const refusal = new UserError(problem.key, problem.values);
      expect(refusal.messageIn("vi")).toBe(catalogue("vi")[name]);
      expect(refusal.messageIn("en")).toBe(catalogue("en")[name]);
      expect(refusal.messageIn("vi")).not.toBe(refusal.messageIn("en"));
    }
  });

  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "wrong")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});
