// What the proxy (proxy.ts) makes of a request path. Pure, so the rule is
// tested without a server. Segments are compared whole: a section called
// "newsroom-notes" is not the newsroom.

/** Whether `pathname` is in the newsroom, where a visitor without a session is sent to sign in. */
export function isNewsroomPath(pathname: string): boolean {
  return pathname.split("/")[1] === "newsroom";
}
