import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { FunctionChart, type PlottedFunction } from '../../../src/charts/FunctionChart';
import { SERIES_STYLES } from '../../../src/charts/palette';

const fn = (id: string, f: (x: number) => number, style = SERIES_STYLES[0]): PlottedFunction => ({ id, name: id, short: id, style, f, breakpoints: [] });
const view = { min: -3, max: 3, low: 0, high: 5 };

function chart(marker: number, functions: PlottedFunction[]) {
  return render(<FunctionChart title="t" filename="f" functions={functions} view={view} marker={marker} xLabel="r" yLabel="L" label="chart" csvXHeader="r" markerText={(x) => `r = ${x}`} />);
}

describe('FunctionChart markers past the edges', () => {
  it('a value above the axis becomes an arrow at the top with its name and value; values on the axis stay dots', () => {
    const { container } = chart(2.5, [fn('square', (r) => r * r), fn('abs', Math.abs, SERIES_STYLES[1]), fn('neg', (r) => -r - 10, SERIES_STYLES[2])]);
    const above = container.querySelectorAll('.off-band[data-side="above"]');
    expect(above).toHaveLength(1);
    expect(above[0].getAttribute('data-curve')).toBe('square');
    expect(above[0].textContent).toBe('square: 6.25');
    const below = container.querySelector('.off-band[data-side="below"]');
    expect(below?.textContent).toBe('neg: −12.5');
    expect(container.querySelectorAll('.chart-marker circle')).toHaveLength(1);
  });

  it('∞ gets an arrow too; nothing off the axis, no arrow', () => {
    const { container, rerender } = chart(0, [fn('inf', () => Infinity)]);
    expect(container.querySelector('.off-band')?.textContent).toBe('inf: ∞');
    rerender(<FunctionChart title="t" filename="f" functions={[fn('abs', Math.abs)]} view={view} marker={1} xLabel="r" yLabel="L" label="chart" csvXHeader="r" />);
    expect(container.querySelector('.off-band')).toBeNull();
  });

  it('a marker past the end of the x axis shows an arrow at that end with its value', () => {
    const { container } = chart(-7, [fn('abs', Math.abs)]);
    const mark = container.querySelector('.off-range');
    expect(mark?.getAttribute('data-side')).toBe('left');
    expect(mark?.textContent).toBe('r = −7');
    expect(container.querySelector('.chart-marker-line')).toBeNull();
  });
});
