// Share links under an article: plain links to Facebook, Zalo and X, each
// carrying the article's canonical address, opened in a new tab. No script,
// image or font from those sites: nothing is asked of them until a reader
// clicks. Last in the row, a copy-link button rendered hidden: the page's
// script island shows and wires it (it finds it by data-copy-link); without
// JavaScript it could not work, so it stays hidden.
import type { ReaderContext } from "@/lib/reader/context";

export type ShareTarget = { network: string; href: string };

/**
 * Where each network takes a link to share (brand names are not translated).
 * Zalo documents a script plugin for the web, which would load its code on
 * every page; share_to_zalo is the plain share address in common use (check it
 * if Zalo changes its web sharing).
 */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  return [
    { network: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "Zalo", href: `https://sp.zalo.me/share_to_zalo?url=${u}` },
    { network: "X", href: `https://twitter.com/intent/tweet?url=${u}&text=${encodeURIComponent(title)}` },
  ];
}

export function ShareLinks({
  reader,
  url,
  title,
  lang,
}: {
  reader: ReaderContext;
  /** The article's canonical address (lib/reader/head.ts canonicalUrl). */
  url: string;
  /** The article's title, for X's prefilled text. */
  title: string;
  /** The site's language, where the article around the row has another. */
  lang?: string;
}) {
  const t = reader.t("article");
  return (
    <div className="share-links" role="group" aria-labelledby="share-label" lang={lang}>
      <span id="share-label" className="share-label">
        {t("share")}
      </span>
      {shareTargets(url, title).map(({ network, href }) => (
        // The name says what the link does and that it opens a new tab, and contains the visible text.
        <a key={network} className="share-link" href={href} target="_blank" rel="noopener noreferrer" aria-label={t("shareOn", { network })}>
          {network}
        </a>
      ))}
      <button type="button" className="share-link share-copy" data-copy-link={url} data-copied={t("copied")} hidden>
        {t("copyLink")}
      </button>
    </div>
  );
}
