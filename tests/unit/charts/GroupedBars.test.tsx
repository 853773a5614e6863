import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { GroupedBars, type BarSeries } from '../../../src/charts/GroupedBars';

const data = () => ({ headers: [], rows: [] });

function bars(values: [number[], number[]]): BarSeries[] {
  return [
    { key: 'naive', label: 'naive', values: values[0], color: 'red', look: 'hatched' },
    { key: 'shifted', label: 'shifted', values: values[1], color: 'blue', look: 'solid' },
  ];
}

describe('GroupedBars', () => {
  it('draws one bar per finite value and writes the invalid text where a value is NaN', () => {
    const { container } = render(<GroupedBars title="P" filename="p" data={data} series={bars([[NaN, NaN, NaN], [0, 0, 1]])} yLabel="probability" invalidText="NaN!" barTitle={(s, i) => `${s.key} ${i}`} />);
    const rects = [...container.querySelectorAll('svg > rect')];
    expect(rects.map((r) => r.querySelector('title')?.textContent)).toEqual(['shifted 0', 'shifted 1', 'shifted 2']);
    expect([...container.querySelectorAll('.bar-invalid')].map((n) => n.textContent)).toEqual(['NaN!', 'NaN!', 'NaN!']);
    // Bar heights follow the values on the 0–1 axis: the bar of 1 is the tallest, those of 0 are flat.
    const heights = rects.map((r) => Number(r.getAttribute('height')));
    expect(heights[0]).toBe(0);
    expect(heights[2]).toBeGreaterThan(100);
  });

  it('labels the categories 1 … n and puts every series in the legend with its look', () => {
    const { container } = render(<GroupedBars title="P" filename="p" data={data} series={bars([[0.2, 0.8], [0.5, 0.5]])} xLabel="class" yLabel="probability" />);
    const ticks = [...container.querySelectorAll('svg > text.tick-label')].map((n) => n.textContent);
    expect(ticks).toEqual(['1', '2']);
    const legend = [...container.querySelectorAll('.chart-legend g')];
    expect(legend.map((g) => g.textContent)).toEqual(['naive', 'shifted']);
    expect(legend[0].querySelector('rect')!.getAttribute('fill')).toMatch(/^url\(#hatch-/);
    expect(legend[1].querySelector('rect')!.getAttribute('fill')).toBe('blue');
  });

  it('gives each chart its own hatch pattern id, so two embedded panels do not share one', () => {
    const { container } = render(
      <>
        <GroupedBars title="A" filename="a" data={data} series={bars([[0.5], [0.5]])} yLabel="p" />
        <GroupedBars title="B" filename="b" data={data} series={bars([[0.5], [0.5]])} yLabel="p" />
      </>,
    );
    const ids = [...container.querySelectorAll('pattern')].map((p) => p.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});
