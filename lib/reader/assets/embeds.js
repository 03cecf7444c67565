// The embeds island (lib/reader/islands.ts): loaded only by pages whose body
// has an embed facade (lib/content/embeds.ts renderEmbedHtml). Until the
// reader clicks a facade's button the page asks nothing of the provider; the
// click replaces the thumbnail with a sandboxed iframe, and only for an
// address on one of the providers' frame origins. That list must stay equal
// to lib/embeds/frame-origins.ts (the reader CSP's frame-src), which
// tests/unit/embed-island.test.ts checks.
// Plain ES2017, no dependencies, no inline handlers; the reader policy is script-src 'self'.
(function () {
  "use strict";
  var ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://platform.twitter.com", "https://www.tiktok.com", "https://www.instagram.com", "https://www.facebook.com", "https://www.google.com"];
  // Players that start at once when loaded by the reader's own click.
  var AUTOPLAY = ["youtube", "vimeo"];
  var TEXTS = {
    vi: { load: "Xem", hint: "tải nội dung từ " },
    en: { load: "View", hint: "loads content from " }
  };
  var lang = (document.documentElement.getAttribute("lang") || "").toLowerCase().indexOf("en") === 0 ? "en" : "vi";
  var texts = TEXTS[lang];

  // The frame's address, when it is an https address on a listed origin.
  function frameAddress(raw, provider) {
    var url;
    try {
      url = new URL(raw);
      // ES2017 has no catch without a binding.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (e) {
      return null;
    }
    if (url.protocol !== "https:" || ORIGINS.indexOf(url.origin) < 0) return null;
    if (AUTOPLAY.indexOf(provider) >= 0) url.searchParams.set("autoplay", "1");
    return url.href;
  }

  function load(figure, src, title) {
    var stage = figure.querySelector(".embed-stage");
    if (!stage) return;
    var frame = document.createElement("iframe");
    frame.setAttribute("src", src);
    frame.setAttribute("title", title);
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
    frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture; clipboard-write");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("loading", "lazy");
    while (stage.firstChild) stage.removeChild(stage.firstChild);
    stage.appendChild(frame);
    figure.classList.add("embed-loaded");
    // The button is gone: keep the keyboard where the reader was.
    frame.focus();
  }

  var figures = document.querySelectorAll('[data-island="embeds"]');
  for (var i = 0; i < figures.length; i++) {
    (function (figure) {
      var provider = figure.getAttribute("data-provider") || "";
      var src = frameAddress(figure.getAttribute("data-embed-src") || "", provider);
      var button = figure.querySelector("button.embed-play");
      if (!src || !button) return;
      var name = figure.getAttribute("data-provider-name") || "";
      var title = figure.getAttribute("data-embed-title") || name;
      button.textContent = texts.load;
      button.setAttribute("aria-label", texts.load + ": " + title + " (" + texts.hint + name + ")");
      button.hidden = false;
      button.addEventListener("click", function () {
        load(figure, src, title);
      });
    })(figures[i]);
  }
})();
