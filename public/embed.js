/*
 * Loss Lab auto-height for course pages. Include once per page:
 *   <script src=".../loss-lab/embed.js" async></script>
 * Every <iframe data-loss-lab> then takes the height its panel reports. Only messages of type
 * "loss-lab:height" that come from one of those iframes' own windows are used, and only their
 * numeric height (clamped); nothing else in the message is read. Without this script the iframes
 * keep their fixed height and still work.
 */
(function () {
  'use strict';
  if (window.__lossLabEmbed) return;
  window.__lossLabEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'loss-lab:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-loss-lab]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(80, Math.min(20000, Math.ceil(data.height))) + 'px';
      }
    }
  });
})();
