import { describe, expect, it } from 'vitest';
import { appUrlFromEmbed, embedSnippet, embedUrl, oembedDocument, shareUrl } from '../../../src/state/share';

const here = 'https://uni.example/courses/ml101/loss-lab/?panel=softmax&x=1000%2C2000&lang=zh-CN#top';

describe('share links and embeds', () => {
  it('shares the view in the language being read, with the format version', () => {
    expect(shareUrl(here, 'zh-CN')).toBe('https://uni.example/courses/ml101/loss-lab/?panel=softmax&x=1000%2C2000&lang=zh-CN&v=1');
    expect(shareUrl('https://uni.example/ll/?panel=more&v=1', 'zh-CN')).toBe('https://uni.example/ll/?panel=more&lang=zh-CN&v=1');
    expect(shareUrl(here, 'en')).toBe('https://uni.example/courses/ml101/loss-lab/?panel=softmax&x=1000%2C2000&lang=en&v=1');
  });

  it('turns the view into an embed URL, keeping the values and the sub-path', () => {
    expect(embedUrl(here, 'softmax', ['presets', 'temperature'], 'zh-CN')).toBe(
      'https://uni.example/courses/ml101/loss-lab/?embed=softmax&hide=presets%2Ctemperature&lang=zh-CN&x=1000%2C2000&v=1',
    );
    expect(embedUrl('https://uni.example/ll/?panel=surrogate&m=-1', 'surrogate', [], 'zh-CN')).toBe('https://uni.example/ll/?embed=surrogate&lang=zh-CN&m=-1&v=1');
  });

  it('pins the embed’s colours when asked, replacing any theme in the page’s own link', () => {
    const dark = 'https://uni.example/ll/?panel=more&theme=dark&r=2';
    expect(embedUrl(dark, 'more', [], 'en', 'light')).toBe('https://uni.example/ll/?embed=more&lang=en&theme=light&r=2&v=1');
    expect(embedUrl(dark, 'more', [], 'en', 'system')).toBe('https://uni.example/ll/?embed=more&lang=en&r=2&v=1');
    // The colours were chosen for the course page: the full app opens in the reader's own.
    expect(appUrlFromEmbed(embedUrl(dark, 'more', [], 'en', 'light'), 'more')).toBe('https://uni.example/ll/?panel=more&lang=en&r=2&v=1');
  });

  it('turns an embed back into the full app at the same view, without the hide list', () => {
    const embed = 'https://uni.example/courses/ml101/loss-lab/?embed=surrogate&hide=points%2Cformulas&lang=en&m=2.5&v=1#x';
    expect(appUrlFromEmbed(embed, 'surrogate')).toBe('https://uni.example/courses/ml101/loss-lab/?panel=surrogate&lang=en&m=2.5&v=1');
    // A hand-edited link: the embedded panel wins over a stray panel=, and the first copy of a key (the one shown) is kept.
    expect(appUrlFromEmbed('https://uni.example/ll/?embed=softmax&panel=more&logits=1,2&logits=3,4', 'softmax')).toBe('https://uni.example/ll/?panel=softmax&logits=1%2C2');
    expect(appUrlFromEmbed(embedUrl(here, 'softmax', ['presets'], 'zh-CN'), 'softmax')).toBe(
      'https://uni.example/courses/ml101/loss-lab/?panel=softmax&lang=zh-CN&x=1000%2C2000&v=1',
    );
  });

  it('escapes the title and URL in the snippet', () => {
    const code = embedSnippet(here, 'softmax', [], 'A "quoted" <title>', 'en');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(code).toContain('&amp;x=1000%2C2000');
    expect(code).toContain('data-loss-lab');
    expect(code).toContain('src="https://uni.example/courses/ml101/loss-lab/embed.js"');
  });
});

describe('the teacher’s task in embeds, and oEmbed', () => {
  it('puts the task in the embed URL and the snippet, escaped, and drops it on the way back to the app', () => {
    const task = 'Find m where <b>hinge</b> & log "agree"';
    const src = embedUrl(here, 'softmax', [], 'en', 'light', `  ${task}\n`);
    expect(new URL(src).searchParams.get('task')).toBe(task);
    expect(embedUrl(src, 'softmax', [], 'en', 'light', '')).not.toContain('task=');
    const code = embedSnippet(here, 'softmax', [], 'T', 'en', 'light', { task });
    expect(code).not.toContain('<b>');
    expect(code).toContain('&amp;task=Find+m+where+%3Cb%3Ehinge%3C%2Fb%3E+%26+log+%22agree%22&amp;');
    expect(appUrlFromEmbed(src, 'softmax')).not.toContain('task');
  });

  it('leaves the script out when asked (oEmbed consumers strip it)', () => {
    const code = embedSnippet(here, 'softmax', [], 'T', 'en', 'light', { script: false });
    expect(code).not.toContain('<script');
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
  });

  it('answers oEmbed with a rich iframe at an absolute address, keeping the link’s hide list, task and dark theme', () => {
    const doc = oembedDocument('https://uni.example/ll/?embed=more&hide=information&theme=dark&task=Try+%CE%B4&r=2', 'more', 'zh-CN', 'More', 'Loss Lab: More', 'Loss Lab');
    expect(doc).toMatchObject({ type: 'rich', version: '1.0', title: 'More', provider_name: 'Loss Lab', provider_url: 'https://uni.example/ll/', width: 720, height: 720 });
    const src = /src="([^"]+)"/.exec(doc.html)?.[1].replace(/&amp;/g, '&') ?? '';
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe('https://uni.example/ll/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ embed: 'more', hide: 'information', lang: 'zh-CN', theme: 'dark', task: 'Try δ', r: '2', v: '1' });
    expect(doc.html).not.toContain('<script');
  });
});
