// /newsroom/api's client parts render in every interface language with every
// message they ask for, from the groups the newsroom hands to the browser;
// and the page's view of keys and endpoints (components/newsroom/api-admin/items.ts)
// says active, expired, revoked, failing and disabled as it should.
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { availableLocales } from "@/lib/i18n/catalogue";
import { API_SCOPES } from "@/lib/api/schemas";
import { API_SETTING_DEFAULTS } from "@/lib/settings/api";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { endpointItem, keyItem, keyStatus } from "@/components/newsroom/api-admin/items";
import type { DeliveryItem, EndpointItem, KeyItem } from "@/components/newsroom/api-admin/types";
import { actionStub, renderInNewsroom as render, say } from "@/tests/support/render-newsroom";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));
for (const action of ["create-key", "revoke-key", "create-endpoint", "update-endpoint", "delete-endpoint", "redeliver", "update-api-settings"]) {
  vi.doMock(`@/lib/actions/api/${action}`, actionStub);
}

const KEYS: KeyItem[] = [
  { id: "k1", name: "Mobile app", prefix: "1a2b3c4d5e6f", masked: "sapo_1a2b3c4d5e6f_…", scopes: ["articles:read", "search:read"], created: "01/11/2026 08:00", createdByName: "Hoa", expires: null, lastUsed: "29/11/2026 07:59", status: "active" },
  { id: "k2", name: "Old portal", prefix: "aaaaaaaaaaaa", masked: "sapo_aaaaaaaaaaaa_…", scopes: ["taxonomy:read"], created: "01/01/2026 08:00", createdByName: null, expires: "01/06/2026 00:00", lastUsed: null, status: "revoked" },
];

const ENDPOINTS: EndpointItem[] = [
  { id: "e1", url: "https://partner.example/hooks", description: "Province portal", events: ["article.published", "article.corrected"], enabled: true, state: { kind: "active" }, lastDelivery: { status: "delivered", at: "29/11/2026 08:00" } },
  { id: "e2", url: "https://down.example/hooks", description: "", events: ["article.deleted"], enabled: true, state: { kind: "failing", since: "28/11/2026 10:00" }, lastDelivery: null },
  { id: "e3", url: "https://gone.example/hooks", description: "", events: ["article.updated"], enabled: false, state: { kind: "disabled", since: "27/11/2026 10:00", reason: "failing" }, lastDelivery: { status: "failed", at: "27/11/2026 10:00" } },
];

const DELIVERIES: DeliveryItem[] = [
  {
    id: "d1",
    eventType: "article.published",
    articleId: "a1",
    articleTitle: "Cầu Bến Thủy mở lại",
    status: "delivered",
    attempts: 2,
    lastStatus: 200,
    lastError: null,
    created: "29/11/2026 08:00",
    delivered: "29/11/2026 08:01",
    nextAttempt: null,
    log: [
      { attempt: 1, statusCode: 503, error: null, durationMs: 40, at: "29/11/2026 08:00" },
      { attempt: 2, statusCode: 200, error: null, durationMs: 35, at: "29/11/2026 08:01" },
    ],
  },
  { id: "d2", eventType: "article.deleted", articleId: "a2", articleTitle: null, status: "pending", attempts: 1, lastStatus: null, lastError: "timeout", created: "29/11/2026 09:00", delivered: null, nextAttempt: "29/11/2026 09:05", log: [] },
];

describe("/newsroom/api", () => {
  for (const locale of availableLocales()) {
    it(`renders in ${locale}`, async () => {
      const { KeysSection } = await import("@/components/newsroom/api-admin/keys-section");
      const keys = render(locale, createElement(KeysSection, { keys: KEYS, scopes: API_SCOPES }));
      expect(keys).toContain(say(locale, "apiAdmin.keys.caption", { count: 2 }));
      expect(keys).toContain(say(locale, "apiAdmin.scopes.searchRead.hint"));
      expect(keys).toContain("sapo_1a2b3c4d5e6f_…");
      expect(keys).toContain(say(locale, "apiAdmin.keys.status.revoked"));
      // Only the live key can be revoked.
      expect(keys.match(new RegExp(`>${say(locale, "apiAdmin.keys.revoke")}</button>`, "g"))).toHaveLength(1);

      const { WebhooksSection } = await import("@/components/newsroom/api-admin/webhooks-section");
      const hooks = render(locale, createElement(WebhooksSection, { endpoints: ENDPOINTS, events: WEBHOOK_EVENTS }));
      expect(hooks).toContain(say(locale, "apiAdmin.events.corrected.hint"));
      expect(hooks).toContain(say(locale, "apiAdmin.webhooks.stateFailing", { date: "28/11/2026 10:00" }));
      expect(hooks).toContain(say(locale, "apiAdmin.disabledReasons.failing"));
      expect(hooks).toContain('href="/newsroom/api/webhooks/e1"');

      const { ApiSettingsForm } = await import("@/components/newsroom/api-admin/api-settings-form");
      const settings = render(locale, createElement(ApiSettingsForm, { initial: { ...API_SETTING_DEFAULTS, webhooksAllowLoopbackHttp: true } }));
      expect(settings).toContain(say(locale, "apiAdmin.settings.apiAnonymousAccess.hint"));
      expect(settings).toMatch(/<input type="number"[^>]* name="apiRateLimitPerKey" value="600"\/>/);
      expect(settings).toMatch(/<input type="checkbox"[^>]* name="webhooksAllowLoopbackHttp" checked=""\/>/);
      expect(settings).toMatch(/<input type="checkbox"[^>]* name="apiAnonymousAccess"\/>/);

      const { DeliveryLog } = await import("@/components/newsroom/api-admin/delivery-log");
      const log = render(locale, createElement(DeliveryLog, { deliveries: DELIVERIES }));
      expect(log).toContain("Cầu Bến Thủy mở lại");
      expect(log).toContain(say(locale, "apiAdmin.log.articleGone"));
      expect(log).toContain(say(locale, "apiAdmin.log.attempt", { attempt: 1, result: say(locale, "apiAdmin.log.httpStatus", { code: 503 }), ms: 40, date: "29/11/2026 08:00" }));
      expect(log).toContain(say(locale, "apiAdmin.log.nextAttempt", { date: "29/11/2026 09:05" }));
    });
  }
});

describe("the page's view of keys and endpoints", () => {
  const now = new Date("2026-11-29T08:00:00Z");
  const format = (d: Date) => d.toISOString();

  it("tells active, expired and revoked keys apart", () => {
    expect(keyStatus({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(keyStatus({ revokedAt: null, expiresAt: new Date("2026-11-29T08:00:01Z") }, now)).toBe("active");
    expect(keyStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(keyStatus({ revokedAt: new Date("2026-11-01T00:00:00Z"), expiresAt: new Date("2027-01-01T00:00:00Z") }, now)).toBe("revoked");
    const item = keyItem(
      { id: "k", name: "App", prefix: "0123456789ab", scopes: ["articles:read"], expiresAt: null, revokedAt: null, lastUsedAt: null, createdAt: now, createdByName: null },
      format,
      now,
    );
    expect(item).toMatchObject({ masked: "sapo_0123456789ab_…", expires: null, lastUsed: null, created: now.toISOString(), status: "active" });
  });

  it("says an endpoint is failing, or disabled and why", () => {
    const base = { id: "e", url: "https://x.example/", description: "", events: [], enabled: true, disabledAt: null, disabledReason: null, failingSince: null, createdAt: now, lastDelivery: null };
    expect(endpointItem(base, format).state).toEqual({ kind: "active" });
    expect(endpointItem({ ...base, failingSince: now }, format).state).toEqual({ kind: "failing", since: now.toISOString() });
    expect(endpointItem({ ...base, enabled: false, disabledAt: now, disabledReason: "failing", failingSince: now }, format).state).toEqual({
      kind: "disabled",
      since: now.toISOString(),
      reason: "failing",
    });
  });
});
