import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Swatch, swatchShapes, swatchSize } from '../../../src/charts/swatch';

describe('swatch model', () => {
  it('a line swatch is a line in the series colour and dash, across its box', () => {
    const [line, ...rest] = swatchShapes({ color: 'red', dash: '8 4' }, { x: 10, y: 20 });
    expect(rest).toEqual([]);
    expect(line).toEqual({ tag: 'line', attrs: { x1: 11, x2: 37, y1: 25, y2: 25, stroke: 'red', 'stroke-width': 2.5, 'stroke-dasharray': '8 4' } });
    expect(swatchShapes({ color: 'red', dash: '' })[0].attrs).not.toHaveProperty('stroke-dasharray');
  });

  it('adds the marker only when asked, in a wider box', () => {
    const style = { color: 'blue', dash: '', marker: 'triangle' as const };
    expect(swatchShapes(style)).toHaveLength(1);
    const [, marker] = swatchShapes(style, { withMarker: true, background: 'white' });
    expect(marker.tag).toBe('path');
    expect(marker.attrs).toMatchObject({ fill: 'blue', stroke: 'white' });
    expect(swatchSize(style, true)).toEqual({ width: 40, height: 14 });
  });

  it('a bar swatch is painted like its bars', () => {
    expect(swatchShapes({ color: 'green', bar: 'outline' })[0]).toMatchObject({ tag: 'rect', attrs: { fill: 'none', stroke: 'green', 'stroke-dasharray': '4 2' } });
    expect(swatchShapes({ color: 'green', bar: 'hatched' }, { hatch: 'url(#h)' })[0].attrs.fill).toBe('url(#h)');
  });

  it('renders the same shapes on screen', () => {
    const { container } = render(<Swatch style={{ color: 'red', dash: '2 3' }} />);
    const line = container.querySelector('svg.swatch line')!;
    expect(line.getAttribute('stroke-dasharray')).toBe('2 3');
    expect(line.getAttribute('stroke-width')).toBe('2.5');
    expect(container.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });
});
