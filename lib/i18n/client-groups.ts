// The catalogue groups the newsroom's client components read: the layout
// hands exactly these to the browser, and the render tests use the same list,
// so a component that reads a group not listed here fails in the tests.
export const NEWSROOM_CLIENT_GROUPS = [
  "meta",
  "common",
  "newsroom",
  "editor",
  "workflow",
  "media",
  "users",
  "settings",
  "sections",
  "auth",
  "errors",
  "validation",
  "comments",
  "notifications",
  "suggestions",
  "time",
  "apiAdmin",
  "copyDesk",
  "spelling",
];
