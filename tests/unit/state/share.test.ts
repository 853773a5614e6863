import { describe, expect, it } from 'vitest';
import { appUrlFromEmbed, embedSnippet, embedUrl, shareUrl } from '../../../src/state/share';

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
