import { describe, expect, it } from "vitest";
import { hashPassword, MAX_PASSWORD_LENGTH, passwordProblem, verifyPassword } from "@/lib/auth/password";

describe("password rules", () => {
  it("wants at least 10 characters and accepts long passphrases", () => {
    expect(passwordProblem("short")).toMatch(/at least 10/);
    expect(passwordProblem("a fairly long passphrase about rice fields ".repeat(3).slice(0, 128))).toBeNull();
    expect(MAX_PASSWORD_LENGTH).toBeGreaterThanOrEqual(128);
    expect(passwordProblem("x".repeat(MAX_PASSWORD_LENGTH + 1))).toMatch(/at most/);
  });

  it("refuses the most common passwords, whatever their case", () => {
    for (const p of ["1234567890", "QwertyUiop", "Password123", "1q2w3e4r5t"]) expect(passwordProblem(p)).toMatch(/most common/);
    expect(passwordProblem("Nghệ An mùa lúa chín")).toBeNull();
  });

  it("has no composition rules", () => {
    expect(passwordProblem("all lowercase words here")).toBeNull();
  });

  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(hash, "wrong")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});
