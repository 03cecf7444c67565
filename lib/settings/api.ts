// The content API's and webhooks' settings, edited by admins on /newsroom/api
// and stored with the other site settings (lib/settings/site-settings.ts):
// - whether the API answers without a key (off by default: a paper decides
//   to open its stories to anyone, it does not find out it has);
// - the rate limits, requests per minute per key and per address
//   (lib/api/rate-limit.ts);
// - where webhooks may be sent besides public https addresses: plain http to
//   this machine (a receiver in development), and private network addresses
//   (a receiver inside the paper's own network). Both off by default: a
//   webhook URL must not become a way to reach the server's neighbours.
// No imports, so forms and tests can take the defaults and limits.

export type ApiSettingValues = {
  apiAnonymousAccess: boolean;
  apiRateLimitPerKey: number;
  apiRateLimitPerAddress: number;
  webhooksAllowLoopbackHttp: boolean;
  webhooksAllowPrivateNetworks: boolean;
};

/** Requests per minute a rate-limit setting may take. */
export const RATE_LIMIT_RANGE = { min: 1, max: 100_000 } as const;

export const API_SETTING_DEFAULTS: ApiSettingValues = {
  apiAnonymousAccess: false,
  // Ten a second for a key: an app polling every list it shows, with room.
  apiRateLimitPerKey: 600,
  // One a second per address: enough for a person trying the API, not for a scraper.
  apiRateLimitPerAddress: 60,
  webhooksAllowLoopbackHttp: false,
  webhooksAllowPrivateNetworks: false,
};
