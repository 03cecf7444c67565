// The media library's "missing alt text" view, the parts both the server page
// and the client components read (a plain module: a constant exported from a
// "use client" file reaches server code as a client reference, not its value).

/** The query parameter and its value that filter the library on images lacking alt text. */
export const MISSING_ALT_PARAM = { name: "alt", value: "missing" } as const;
