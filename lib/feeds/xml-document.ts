// How feeds and sitemaps are written: xmlbuilder2 documents that share one
// set of options (escaping is the library's). lib/reader/machine-files.ts
// sends them.
import { create } from "xmlbuilder2";

export type XmlNode = ReturnType<typeof create>;

/**
 * A new XML 1.0 document. Characters XML 1.0 cannot carry (a control
 * character pasted into a title) are dropped, so one bad title cannot make
 * the whole feed unreadable.
 */
export function xmlDocument(): XmlNode {
  return create({ version: "1.0", encoding: "UTF-8", invalidCharReplacement: "" });
}

/** The finished document as text, indented for people reading it. */
export function xmlText(doc: XmlNode): string {
  return doc.end({ prettyPrint: true });
}
