import { describe, expect, it } from 'vitest';
import { render, renderHook } from '@testing-library/react';
import { Clipped, Cursor, PlotAxes, plotFrame, usePlot, type Plot } from '../../../src/charts/Plot';

const PAD = { top: 10, right: 20, bottom: 40, left: 50 };

describe('plotFrame', () => {
  it('puts the plot area inside the padding', () => {
    expect(plotFrame(400, 300, PAD)).toEqual({ width: 400, height: 300, left: 50, right: 380, top: 10, bottom: 260, innerWidth: 330, innerHeight: 250 });
  });

  it('never gives a plot area thinner than one pixel, even when the padding does not fit', () => {
    const frame = plotFrame(30, 20, PAD);
    expect(frame.innerWidth).toBe(1);
    expect(frame.innerHeight).toBe(1);
    expect(frame.right).toBe(51);
  });
});

describe('usePlot', () => {
  it('maps the domains onto the plot area, y upwards', () => {
    const { result } = renderHook(() => usePlot(400, 300, PAD, [-4, 4], [0, 8]));
    const { x, y } = result.current;
    expect(x(-4)).toBe(50);
    expect(x(4)).toBe(380);
    expect(x(0)).toBe(215);
    expect(y(0)).toBe(260);
    expect(y(8)).toBe(10);
  });

  it('rounds the y domain outwards to ticks only when asked', () => {
    const plain = renderHook(() => usePlot(400, 300, PAD, [0, 1], [0.13, 0.87])).result.current;
    const nice = renderHook(() => usePlot(400, 300, PAD, [0, 1], [0.13, 0.87], { niceY: true })).result.current;
    expect(plain.y.domain()).toEqual([0.13, 0.87]);
    expect(nice.y.domain()).toEqual([0.1, 0.9]);
  });

  it('keeps the same frame and scales across renders with equal numbers in fresh arrays', () => {
    const { result, rerender } = renderHook(({ high }: { high: number }) => usePlot(400, 300, { ...PAD }, [-4, 4], [0, high]), { initialProps: { high: 8 } });
    const first = result.current;
    rerender({ high: 8 });
    expect(result.current.frame).toBe(first.frame);
    expect(result.current.x).toBe(first.x);
    expect(result.current.y).toBe(first.y);
    rerender({ high: 3 });
    expect(result.current.x).toBe(first.x);
    expect(result.current.y).not.toBe(first.y);
    expect(result.current.y(3)).toBe(10);
  });
});

function plot(yDomain: [number, number]): Plot {
  return renderHook(() => usePlot(400, 300, PAD, [-4, 4], yDomain)).result.current;
}

describe('PlotAxes', () => {
  it('draws both axes with their labels, and the zero line only when the y domain spans 0', () => {
    const { frame, x, y } = plot([-2, 2]);
    const { container, rerender } = render(
      <svg>
        <PlotAxes frame={frame} x={x} y={y} xLabel="margin m" yLabel="loss" zeroLine />
      </svg>,
    );
    expect([...container.querySelectorAll('.axis-label')].map((n) => n.textContent)).toEqual(['loss', 'margin m']);
    const zero = container.querySelector('.zero-line');
    expect(zero?.getAttribute('y1')).toBe(String(y(0)));
    const positive = plot([0, 8]);
    rerender(
      <svg>
        <PlotAxes frame={positive.frame} x={positive.x} y={positive.y} zeroLine />
      </svg>,
    );
    expect(container.querySelector('.zero-line')).toBeNull();
  });

  it('draws grid lines from both axes, from the y axis only, or none', () => {
    const { frame, x, y } = plot([0, 8]);
    const count = (grid: 'both' | 'y' | 'none') => {
      const { container, unmount } = render(
        <svg>
          <PlotAxes frame={frame} x={x} y={y} grid={grid} />
        </svg>,
      );
      const counts = [container.querySelectorAll('.axis-left .grid-line').length, container.querySelectorAll('.axis-bottom .grid-line').length];
      unmount();
      return counts;
    };
    const [left, bottom] = count('both');
    expect(left).toBeGreaterThan(2);
    expect(bottom).toBeGreaterThan(2);
    expect(count('y')).toEqual([left, 0]);
    expect(count('none')).toEqual([0, 0]);
  });
});

describe('Clipped', () => {
  it('gives every instance its own clipPath, sized to the plot area plus the headroom', () => {
    const { frame } = plot([0, 8]);
    const { container } = render(
      <>
        <svg>
          <Clipped frame={frame} headroom={2}>
            <circle r={1} />
          </Clipped>
        </svg>
        <svg>
          <Clipped frame={frame}>
            <circle r={1} />
          </Clipped>
        </svg>
      </>,
    );
    const ids = [...container.querySelectorAll('clipPath')].map((n) => n.id);
    expect(new Set(ids).size).toBe(2);
    const groups = [...container.querySelectorAll('g[clip-path]')];
    expect(groups.map((g) => g.getAttribute('clip-path'))).toEqual(ids.map((id) => `url(#${id})`));
    const rect = container.querySelector(`#${ids[0]} rect`)!;
    expect([rect.getAttribute('y'), rect.getAttribute('height')]).toEqual(['8', '254']);
  });
});

describe('Cursor', () => {
  it('spans the plot area at the given x', () => {
    const { frame } = plot([0, 8]);
    const { container } = render(
      <svg>
        <Cursor frame={frame} x={123} className="epoch-cursor" />
      </svg>,
    );
    const line = container.querySelector('line.epoch-cursor')!;
    expect(['x1', 'x2', 'y1', 'y2'].map((a) => line.getAttribute(a))).toEqual(['123', '123', '10', '260']);
  });
});

describe('PlotAxes without an x scale', () => {
  it('draws the y axis and a bare baseline, for charts that label their own categories', () => {
    const { frame, y } = plot([0, 1]);
    const { container } = render(
      <svg>
        <PlotAxes frame={frame} y={y} yLabel="probability" />
      </svg>,
    );
    expect(container.querySelector('.axis-bottom')).toBeNull();
    expect(container.querySelectorAll('.axis-left .tick-label').length).toBeGreaterThan(2);
    const baseline = container.querySelector(':scope svg > line.axis-line')!;
    expect(['x1', 'x2', 'y1', 'y2'].map((a) => baseline.getAttribute(a))).toEqual(['50', '380', '260', '260']);
  });
});
