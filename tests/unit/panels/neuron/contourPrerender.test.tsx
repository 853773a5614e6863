import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { ContourMap } from '../../../../src/panels/neuron/ContourMap';
import { CursorContext, type CursorSource } from '../../../../src/panels/neuron/useCursor';

const props = { cost: 'quadratic' as const, input: 1, target: 0, window: { w: [-1, 3] as [number, number], b: [-1, 3] as [number, number] }, runs: [] };
// A cursor resting at epoch 0 (the map reads the epoch for its markers).
const cursor = { playback: {}, subscribe: () => () => {}, epoch: () => 0, resting: () => 0, speed: () => 60 } as unknown as CursorSource;
const Map = () => (
  <CursorContext.Provider value={cursor}>
    <ContourMap {...props} />
  </CursorContext.Provider>
);

describe('the contour map in the prerendered HTML', () => {
  it('leaves its shaded bands to the browser: none in the server HTML, every band once the page runs', () => {
    const html = renderToString(<Map />);
    expect(html).toContain('<svg');
    expect(html).not.toContain('contour-band');
    const { container } = render(<Map />);
    const bands = container.querySelectorAll('path.contour-band');
    expect(bands.length).toBeGreaterThan(3);
    for (const band of bands) expect(band.getAttribute('d')).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });
});

describe('the contour map off screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('traces its bands only once it is within a viewport of the screen', () => {
    const watched: { callback: IntersectionObserverCallback; margin?: string; targets: Element[] }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        private entry: (typeof watched)[number];
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          this.entry = { callback, margin: options?.rootMargin, targets: [] };
          watched.push(this.entry);
        }
        observe(target: Element) {
          this.entry.targets.push(target);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    const { container } = render(<Map />);
    const bands = () => container.querySelectorAll('path.contour-band').length;
    expect(bands()).toBe(0);
    const near = watched.find((entry) => entry.margin === '100% 0px' && entry.targets.length > 0)!;
    const report = (isIntersecting: boolean) =>
      act(() => near.callback(near.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry), {} as IntersectionObserver));
    report(false);
    expect(bands()).toBe(0);
    report(true);
    expect(bands()).toBeGreaterThan(3);
  });
});
