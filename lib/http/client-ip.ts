// The caller's address for the audit log: the first X-Forwarded-For hop (set
// by the reverse proxy in front of Sapo), else X-Real-IP. Accepts a Headers
// object or next-auth's plain header record.
export function clientIp(headers: Headers | Record<string, unknown> | undefined): string | null {
  const get = (name: string): unknown => (headers instanceof Headers ? headers.get(name) : headers?.[name]);
  const forwarded = get("x-forwarded-for");
  if (typeof forwarded === "string" && forwarded) return forwarded.split(",")[0].trim();
  const real = get("x-real-ip");
  return typeof real === "string" && real ? real : null;
}
