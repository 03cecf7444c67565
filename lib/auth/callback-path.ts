/** Only same-site paths may be a post-login destination (no open redirects). */
export function safeCallbackPath(raw: string | null | undefined, fallback = "/newsroom"): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\") || /[\u0000-\u001f]/.test(raw)) {
    return fallback;
  }
  return raw;
}
