// Who may change or delete which image (lib/media/access.ts): reporters their
// own uploads, editors and admins everyone's, nobody's-uploads the desk's.
import { describe, expect, it } from "vitest";
import { assertCanManageMedia, canManageMedia } from "@/lib/media/access";
import { MediaError } from "@/lib/media/items";

const reporter = { id: "r1", role: "REPORTER" as const };

describe("canManageMedia", () => {
  it("lets a reporter manage their own uploads only", () => {
    expect(canManageMedia(reporter, { uploadedById: "r1" })).toBe(true);
    expect(canManageMedia(reporter, { uploadedById: "r2" })).toBe(false);
    expect(canManageMedia(reporter, { uploadedById: null })).toBe(false);
  });

  it("lets editors and admins manage every image, whoever uploaded it", () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      for (const uploadedById of ["r1", null]) expect(canManageMedia({ id: "e1", role }, { uploadedById }), `${role} ${uploadedById}`).toBe(true);
    }
  });

  it("refuses with a message for the person", () => {
    expect(() => assertCanManageMedia(reporter, { uploadedById: "r2" })).toThrow(MediaError);
    expect(() => assertCanManageMedia(reporter, { uploadedById: "r1" })).not.toThrow();
  });
});
