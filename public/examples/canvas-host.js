/*
 * A stand-in for Canvas's own listener, for the Canvas-like example page (canvas.html) and the
 * browser tests. Modelled on how Canvas documents and handles `lti.frameResize`
 * (canvas-lms ui/shared/lti/jquery/messages.ts and subjects/lti.frameResize.ts), written anew:
 * the message may be an object or a JSON string; a message without a subject is not for it; the
 * iframe is the one whose window sent the message; a height of 0 or less becomes 1; a number is
 * taken as pixels; the tool gets `lti.frameResize.response` back.
 */
(function () {
  'use strict';
  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }
  window.addEventListener('message', function (event) {
    var message;
    try {
      message = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null || message.subject !== 'lti.frameResize') return;
    var iframe = frameFor(event.source);
    if (!iframe) return;
    var height = message.height;
    if (Number(height) <= 0) height = 1;
    var css = typeof height === 'number' ? height + 'px' : String(height);
    iframe.height = css;
    iframe.style.height = css;
    event.source.postMessage({ subject: 'lti.frameResize.response' }, event.origin === 'null' ? '*' : event.origin);
  });
})();
