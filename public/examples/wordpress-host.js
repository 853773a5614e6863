/*
 * A stand-in for WordPress's wp-embed.js, for the WordPress-like example page (wordpress.html) and
 * the browser tests. Modelled on WordPress's embed protocol (wp-includes/js/wp-embed.js), written
 * anew: each `iframe.wp-embedded-content` without a `data-secret` gets a random one, appended to
 * its src as `#?secret=…`, and is told `{ message: 'ready', secret }`; a message counts only with
 * a secret of letters and digits, from the window of the iframe holding that secret; `height` sets
 * the iframe's height, clamped to 200…1000 px; `link` navigates the top window when the target is
 * http(s) on the iframe's own host and the iframe has focus.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !(data.secret || data.message || data.value)) return;
    if (typeof data.secret !== 'string' || /[^a-zA-Z0-9]/.test(data.secret)) return;
    var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
    var quotes = document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]');
    for (var q = 0; q < quotes.length; q++) quotes[q].style.display = 'none';
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      frame.removeAttribute('style');
      if (data.message === 'height') {
        var height = parseInt(data.value, 10);
        if (height > 1000) height = 1000;
        else if (~~height < 200) height = 200;
        frame.height = height;
      } else if (data.message === 'link') {
        var from = new URL(frame.getAttribute('src'), document.baseURI);
        var to = new URL(data.value);
        if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === frame) window.top.location.href = data.value;
      }
    }
  });
  function ready() {
    var frames = document.querySelectorAll('iframe.wp-embedded-content');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var secret = frame.getAttribute('data-secret');
      if (!secret) {
        secret = Math.random().toString(36).substring(2, 12);
        frame.src += '#?secret=' + secret;
        frame.setAttribute('data-secret', secret);
      }
      frame.contentWindow.postMessage({ message: 'ready', secret: secret }, '*');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
