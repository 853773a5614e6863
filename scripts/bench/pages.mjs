// The bench's reference pages, written into a temp dir and served from the same server as the app:
// a trivial static page (the Lighthouse and load reference), a trivial slider page whose one range
// input redraws one SVG path (the input and animation reference), and two course pages: three
// embedded Loss Lab panels, and the same frame with three trivial pages (a like-for-like reference).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HEAD = (title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:960px;padding:16px;line-height:1.5}iframe{display:block;width:100%;border:1px solid #ccc;margin:12px 0}</style>
</head>`;

const STATIC_PAGE = `${HEAD('Trivial page')}
<body>
<h1>Loss functions</h1>
<p>A loss function scores a prediction against the truth: zero when the prediction is right, growing
as it goes wrong. This page is the bench's trivial reference: one heading, one paragraph, no script.</p>
</body>
</html>
`;

// One range input; its input handler redraws one SVG path (a hinge-like curve shifted by the value,
// 201 points). [data-bench-play] runs the same redraw every animation frame, the reference for frames.
const SLIDER_PAGE = `${HEAD('Trivial slider')}
<body>
<h1>Trivial slider</h1>
<label for="m">margin</label>
<input id="m" type="range" min="-4" max="4" step="0.01" value="0" data-bench-input>
<button type="button" data-bench-play aria-pressed="false">Play</button>
<svg width="600" height="300" viewBox="0 0 600 300" role="img" aria-label="curve"><path id="p" fill="none" stroke="#1f77b4" stroke-width="2"/></svg>
<script>
(function () {
  var input = document.getElementById('m'), path = document.getElementById('p'), play = document.querySelector('[data-bench-play]');
  function draw(m) {
    var d = '';
    for (var i = 0; i <= 200; i++) {
      var x = -4 + i * 0.04, y = Math.max(0, 1 - (x - m)) + Math.log1p(Math.exp(-(x - m)));
      d += (i ? 'L' : 'M') + (i * 3).toFixed(1) + ',' + (290 - Math.min(280, y * 40)).toFixed(1);
    }
    path.setAttribute('d', d);
  }
  input.addEventListener('input', function () { draw(Number(input.value)); });
  var frame = null;
  function tick(now) { draw(4 * Math.sin(now / 1000)); frame = requestAnimationFrame(tick); }
  play.addEventListener('click', function () {
    if (frame === null) frame = requestAnimationFrame(tick); else { cancelAnimationFrame(frame); frame = null; }
    play.setAttribute('aria-pressed', String(frame !== null));
  });
  draw(0);
})();
</script>
</body>
</html>
`;

/**
 * A course page: a heading, a paragraph and three iframes, eagerly loaded (the app's own snippet says
 * loading="lazy"; eager makes "all three loaded" a defined moment), with embed.js for auto-height. It
 * notes when each frame first posts its height (the embed is rendered): window.__benchReady.
 */
function coursePage(title, frames, embedScript) {
  return `${HEAD(title)}
<body>
<h1>Lecture 3: loss functions</h1>
<p>Three panels embedded in a course page, each an iframe with its own state.</p>
<script>
window.__benchReady = {};
window.addEventListener('message', function (event) {
  var data = event.data, frames = document.querySelectorAll('iframe');
  if (!data || data.type !== 'loss-lab:height') return;
  for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source && !(i in window.__benchReady)) window.__benchReady[i] = performance.now();
});
</script>
${frames.map((src, i) => `<iframe src="${src}" title="panel ${i + 1}" height="640" data-loss-lab></iframe>`).join('\n')}
${embedScript ? `<script src="${embedScript}" async></script>` : ''}
</body>
</html>
`;
}

// The trivial frame posts its height once loaded, as an embed does once rendered.
const TRIVIAL_FRAME = STATIC_PAGE.replace(
  '</body>',
  `<script>addEventListener('load', function () { parent.postMessage({ type: 'loss-lab:height', height: document.documentElement.scrollHeight }, '*'); });</script>\n</body>`,
);

/** Writes the pages into a new temp dir; returns { dir, paths } with paths relative to the bench prefix. */
export function writeReferencePages({ appPath, benchPath }) {
  const dir = mkdtempSync(join(tmpdir(), 'loss-lab-bench-'));
  const embeds = ['surrogate', 'softmax', 'neuron'].map((id) => `${appPath}?embed=${id}`);
  const files = {
    static: ['static.html', STATIC_PAGE],
    slider: ['slider.html', SLIDER_PAGE],
    frame: ['frame.html', TRIVIAL_FRAME],
    course: ['course.html', coursePage('Course page with three Loss Lab embeds', embeds, `${appPath}embed.js`)],
    trivialCourse: ['trivial-course.html', coursePage('Course page with three trivial frames', [1, 2, 3].map((n) => `${benchPath}frame.html?n=${n}`), null)],
  };
  const paths = {};
  for (const [key, [name, html]] of Object.entries(files)) {
    writeFileSync(join(dir, name), html);
    paths[key] = `${benchPath}${name}`;
  }
  return { dir, paths, embeds };
}
