// The reader site's one script, on every reader page as
// /assets/reader-<hash>.js with `defer` (lib/reader/assets.ts serves it).
// Pages are whole without it; it only adds four small things:
// 1. an article's page sends one view beacon (lib/views/: counted per hour,
//    no cookies, nothing stored about the reader);
// 2. copy-link buttons, which the server renders hidden because they cannot
//    work without a script, are shown and made to work;
// 3. on a phone, the section bar shows the current section;
// 4. relative times ("2 giờ trước") are worked out again from their
//    datetime, with the rule of lib/time/relative.ts, since a kept copy of a
//    page may be served well after it was rendered.
// Plain ES2017 without dependencies, no inline handlers and no eval: the
// reader policy is script-src 'self'. Keep it small, every page loads it.
(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;

  // 1. The view beacon. The address is lib/views/beacon.ts's BEACON_PATH.
  var article = doc.querySelector('meta[name="sapo:article"]');
  var articleId = article && article.getAttribute("content");
  if (articleId) {
    var send = function () {
      // A string body goes as text/plain: a simple request, no preflight.
      if (!(navigator.sendBeacon && navigator.sendBeacon("/beacon/view", articleId))) {
        fetch("/beacon/view", { method: "POST", body: articleId, keepalive: true, credentials: "omit" }).catch(function () {});
      }
    };
    // A page the browser renders ahead of time is not read until it is shown.
    if (doc.prerendering) doc.addEventListener("prerenderingchange", send, { once: true });
    else send();
  }

  // 2. Copy-link buttons: data-copy-link is the address, data-copied what the
  // button says for two seconds once it is copied. Without the clipboard API
  // (old browsers, pages not served over https) they stay hidden.
  if (navigator.clipboard) {
    doc.querySelectorAll("button[data-copy-link]").forEach(function (button) {
      var label = button.textContent;
      var timer;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
          var copied = button.getAttribute("data-copied");
          if (!copied) return;
          button.textContent = copied;
          clearTimeout(timer);
          timer = setTimeout(function () {
            button.textContent = label;
          }, 2000);
        }, function () {});
      });
    });
  }

  // 3. On a phone the section bar scrolls sideways: the marked section is
  // brought into it when it would be off the edge.
  var current = doc.querySelector(".section-links [aria-current]");
  var bar = current && current.closest(".section-links");
  if (bar && current.offsetLeft + current.offsetWidth > bar.offsetLeft + bar.clientWidth) {
    bar.scrollLeft = current.offsetLeft - bar.offsetLeft - 24;
  }

  // 4. Relative times: today's, in the site's time zone (data-time-zone on
  // <html>) and language (lang); one no longer of today shows the date the
  // server put in its data-relative (a copy kept since yesterday).
  // Only on a copy rendered a minute or more ago (data-rendered, ms): a fresh
  // page is already right, and setting up Intl's formats costs a phone tens
  // of milliseconds of main thread while the page opens.
  var MINUTE = 60000, HOUR = 3600000, now = Date.now();
  if (now - Number(root.getAttribute("data-rendered")) < MINUTE) return;
  var zone = root.getAttribute("data-time-zone");
  var justNow = root.getAttribute("data-just-now");
  var times = doc.querySelectorAll("time[data-relative]");
  if (!zone || !justNow || !times.length || typeof Intl === "undefined" || !Intl.RelativeTimeFormat) return;
  var relative, day;
  try {
    relative = new Intl.RelativeTimeFormat(root.lang || undefined, { numeric: "always" });
    day = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    // ES2017 has no catch without a binding.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
  } catch (e) {
    // A time zone or language this browser does not know.
    return;
  }
  times.forEach(function (time) {
    var then = Date.parse(time.getAttribute("datetime"));
    var ago = now - then;
    if (!(ago >= -MINUTE && ago < 24 * HOUR) || day.format(then) !== day.format(now)) {
      time.textContent = time.getAttribute("data-relative") || time.textContent;
      return;
    }
    time.textContent =
      ago < MINUTE ? justNow : ago < HOUR ? relative.format(-Math.floor(ago / MINUTE), "minute") : relative.format(-Math.floor(ago / HOUR), "hour");
  });
})();
