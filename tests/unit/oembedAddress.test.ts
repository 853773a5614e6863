import { describe, expect, it } from 'vitest';
import { OEMBED_FALLBACK_URL, publicAppUrl } from '../../scripts/vite-plugin-prerender';

describe('the public address oEmbed files point at', () => {
  it('comes from LOSS_LAB_ORIGIN, as the app’s folder', () => {
    expect(publicAppUrl('https://uni.example/courses/ml101/loss-lab', './')).toBe('https://uni.example/courses/ml101/loss-lab/');
    expect(publicAppUrl(' https://uni.example/ll/?panel=more#x ', './')).toBe('https://uni.example/ll/');
    expect(publicAppUrl('https://uni.example', './')).toBe('https://uni.example/');
  });

  it('or from an absolute Vite base; otherwise there is none and the build uses the preview server’s', () => {
    expect(publicAppUrl(undefined, 'https://cdn.example/ll/')).toBe('https://cdn.example/ll/');
    expect(publicAppUrl('', './')).toBeNull();
    expect(publicAppUrl(undefined, '/ll/')).toBeNull();
    expect(OEMBED_FALLBACK_URL).toBe('http://localhost:4173/');
  });

  it('refuses what is not an http(s) URL, failing the build', () => {
    expect(() => publicAppUrl('uni.example/ll/', './')).toThrow(/not a URL/);
    expect(() => publicAppUrl('javascript:alert(1)', './')).toThrow(/http/);
  });
});
