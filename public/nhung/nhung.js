/*
 * Dân vận chính quyền Hưng Yên — sizes embedded widgets to their content.
 * Paste once on a page after the widgets' <iframe data-dan-van-embed> tags. Each widget posts
 * { type: 'dan-van:embed-height', height } to its parent; this script accepts a message only from
 * one of the page's own widget frames (event.source checked, and the origin: the frame's, or
 * "null" for a sandboxed frame) and clamps the height
 * (same rule as src/lib/embed/widgets.ts, embedHeight). Without it, each iframe keeps its fixed
 * height and scrolls inside. No cookies, no tracking, no other request.
 */
(function () {
  'use strict';
  if (window.__danVanEmbed) return;
  window.__danVanEmbed = true;
  var MIN = 80;
  var MAX = 4000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'dan-van:embed-height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-dan-van-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      // A sandboxed frame without allow-same-origin (the code /nhung/ offers) has an opaque
      // origin: its messages say "null". event.source above already proved which frame sent it.
      var opaque = frame.hasAttribute('sandbox') && !/(^|\s)allow-same-origin(\s|$)/.test(frame.getAttribute('sandbox'));
      if (event.origin !== origin && !(opaque && event.origin === 'null')) return;
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height))) + 'px';
      return;
    }
  });
})();
