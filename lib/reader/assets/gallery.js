// The gallery island (lib/reader/islands.ts): loaded only by pages whose body
// holds a slideshow gallery (lib/content/galleries.ts renders it as a
// <figure data-island="gallery"> around a plain list of figures, which is
// what readers get without JavaScript).
// Each gallery becomes a carousel: one picture at a time (the others are
// kept, with `hidden`), Previous/Next buttons, Left/Right arrows and
// Home/End while focus is in it, swipes on touch screens, and a polite live
// region saying "3 / 12" and the caption, so screen readers hear where they
// are and what the picture shows. Its texts (the buttons' and the gallery's
// names) are in the site's language, from data-gallery-* attributes the
// reader page puts on an element around the body; the buttons themselves
// show arrows, which need no language.
// Plain ES2017, no dependencies, no inline handlers or styles: the reader
// policy is script-src 'self' and style-src 'self'.
(function () {
  "use strict";
  var doc = document;
  // How far (px) a finger moves sideways for a swipe to turn the picture.
  var SWIPE = 40;

  function text(from, name, fallback) {
    var holder = from.closest("[data-gallery-" + name + "]");
    return (holder && holder.getAttribute("data-gallery-" + name)) || fallback;
  }

  function button(className, symbol, label) {
    var b = doc.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = symbol;
    b.setAttribute("aria-label", label);
    return b;
  }

  function setup(gallery) {
    var list = gallery.querySelector("ol");
    var slides = list ? Array.prototype.slice.call(list.children) : [];
    if (slides.length < 2 || gallery.hasAttribute("data-ready")) return;
    gallery.setAttribute("data-ready", "");
    gallery.setAttribute("role", "group");
    gallery.setAttribute("aria-roledescription", text(gallery, "role", "carousel"));
    gallery.setAttribute("aria-label", text(gallery, "label", "") || String(slides.length));
    // The pictures take focus, so the arrow keys work without a button focused.
    list.tabIndex = 0;

    var prev = button("gallery-prev", "\u2039", text(gallery, "previous", "\u2039"));
    var next = button("gallery-next", "\u203a", text(gallery, "next", "\u203a"));
    var status = doc.createElement("p");
    status.className = "gallery-status";
    status.setAttribute("aria-live", "polite");
    var counter = doc.createElement("span");
    counter.className = "gallery-counter";
    var said = doc.createElement("span");
    // The caption is on screen already: this copy is for screen readers.
    said.className = "visually-hidden";
    status.appendChild(counter);
    status.appendChild(said);
    var bar = doc.createElement("div");
    bar.className = "gallery-controls";
    bar.appendChild(prev);
    bar.appendChild(status);
    bar.appendChild(next);
    gallery.appendChild(bar);

    var current = -1;
    function show(index) {
      index = Math.max(0, Math.min(slides.length - 1, index));
      if (index === current) return;
      current = index;
      slides.forEach(function (slide, i) {
        slide.hidden = i !== index;
      });
      // The next picture starts loading now, so turning to it is quick.
      var following = slides[index + 1] && slides[index + 1].querySelector("img[loading=lazy]");
      if (following) following.setAttribute("loading", "eager");
      counter.textContent = index + 1 + " / " + slides.length;
      var caption = slides[index].querySelector("figcaption");
      said.textContent = caption ? " " + caption.textContent : "";
      prev.disabled = index === 0;
      next.disabled = index === slides.length - 1;
    }

    prev.addEventListener("click", function () {
      show(current - 1);
    });
    next.addEventListener("click", function () {
      show(current + 1);
    });
    gallery.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var to = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: slides.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      show(to);
    });

    // Swipes: touch and pen only (a mouse has the buttons); CSS lets the
    // page still scroll up and down (touch-action: pan-y).
    var startX = null;
    var startY = 0;
    list.addEventListener("pointerdown", function (event) {
      if (event.pointerType === "mouse") return;
      startX = event.clientX;
      startY = event.clientY;
    });
    list.addEventListener("pointercancel", function () {
      startX = null;
    });
    list.addEventListener("pointerup", function (event) {
      if (startX === null) return;
      var dx = event.clientX - startX;
      var dy = event.clientY - startY;
      startX = null;
      if (Math.abs(dx) >= SWIPE && Math.abs(dx) > Math.abs(dy)) show(dx < 0 ? current + 1 : current - 1);
    });

    show(0);
  }

  doc.querySelectorAll('figure[data-island="gallery"][data-layout="slideshow"]').forEach(setup);
})();
