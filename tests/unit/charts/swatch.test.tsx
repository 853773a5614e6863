import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { sameSwatchProps, Swatch, swatchShapes, swatchSize } from '../../../src/charts/swatch';

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

describe('memoised swatches', () => {
  it('compare a style by its fields, other props by identity', () => {
    expect(sameSwatchProps({ style: { color: 'red', dash: '2 3' } }, { style: { color: 'red', dash: '2 3' } })).toBe(true);
    expect(sameSwatchProps({ style: { color: 'red', dash: '2 3' } }, { style: { color: 'red', dash: '4 2' } })).toBe(false);
    expect(sameSwatchProps({ style: { color: 'red' } }, { style: { color: 'blue' } })).toBe(false);
    expect(sameSwatchProps({ style: { color: 'red', marker: 'circle' } }, { style: { color: 'red' } })).toBe(false);
    expect(sameSwatchProps({ style: { color: 'red', bar: 'solid' } }, { style: { color: 'red', bar: 'hatched' } })).toBe(false);
    expect(sameSwatchProps({ style: { color: 'red' }, withMarker: false }, { style: { color: 'red' }, withMarker: true })).toBe(false);
    expect(sameSwatchProps({ style: { color: 'red' }, x: 1 }, { style: { color: 'red' }, x: 2 })).toBe(false);
  });

  it('still redraw when the style changes', () => {
    const { container, rerender } = render(<Swatch style={{ color: 'red', dash: '2 3' }} />);
    rerender(<Swatch style={{ color: 'red', dash: '2 3' }} />);
    expect(container.querySelector('line')!.getAttribute('stroke')).toBe('red');
    rerender(<Swatch style={{ color: 'blue', dash: '' }} />);
    const line = container.querySelector('line')!;
    expect(line.getAttribute('stroke')).toBe('blue');
    expect(line.hasAttribute('stroke-dasharray')).toBe(false);
  });
});
