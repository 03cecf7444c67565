// The audit log page's query string: parsing filters, building stable page
// addresses, and day boundaries in the site's time zone.
import { describe, expect, it } from "vitest";
import { auditQueryString, describeDetail, parseAuditQuery, startOfDayIn } from "@/lib/audit/queries";

describe("audit log query", () => {
  it("reads filters and page, ignoring malformed values", () => {
    expect(parseAuditQuery({ action: "user.*", actor: " hoa ", from: "2024-05-01", to: "yesterday", page: "3" })).toEqual({
      filter: { action: "user.*", actor: "hoa", from: "2024-05-01", to: undefined },
      page: 3,
    });
    expect(parseAuditQuery({ page: "-1" }).page).toBe(1);
    expect(parseAuditQuery({ page: "2.5" }).page).toBe(1);
    expect(parseAuditQuery({ page: ["4", "5"] }).page).toBe(4);
  });

  it("builds the same address for the same filter and page", () => {
    const filter = { action: "settings.changed", actor: "Hoa Nguyen", from: undefined, to: "2024-05-02" };
    expect(auditQueryString(filter, 2)).toBe("?action=settings.changed&actor=Hoa+Nguyen&to=2024-05-02&page=2");
    expect(auditQueryString(filter)).toBe("?action=settings.changed&actor=Hoa+Nguyen&to=2024-05-02");
    expect(auditQueryString({})).toBe("");
  });

  it("finds where a day starts in a time zone, across daylight-saving changes", () => {
    expect(startOfDayIn("2024-05-01", "Asia/Ho_Chi_Minh").toISOString()).toBe("2024-04-30T17:00:00.000Z");
    expect(startOfDayIn("2024-03-10", "America/New_York").toISOString()).toBe("2024-03-10T05:00:00.000Z");
    expect(startOfDayIn("2024-03-11", "America/New_York").toISOString()).toBe("2024-03-11T04:00:00.000Z");
    expect(startOfDayIn("2024-03-31", "Europe/London").toISOString()).toBe("2024-03-31T00:00:00.000Z");
    expect(startOfDayIn("2024-04-01", "Europe/London").toISOString()).toBe("2024-03-31T23:00:00.000Z");
  });

  it("describes details, with changes as from → to", () => {
    expect(describeDetail({ siteName: { from: "A", to: "B" }, featuredSlots: { from: 5, to: 7 }, email: "x@y" })).toEqual([
      "siteName: A → B",
      "featuredSlots: 5 → 7",
      "email: x@y",
    ]);
  });
});
