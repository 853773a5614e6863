import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';

// Count renders of the pieces that only the memoized layers draw: the clipped curve group (the
// surrogate chart's CurveLayer) and each series line (the epoch chart's Lines).
const renders = vi.hoisted(() => ({ clipped: 0, series: 0 }));
vi.mock('../../../src/charts/Plot', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/charts/Plot')>();
  return {
    ...actual,
    Clipped: (props: Parameters<typeof actual.Clipped>[0]) => {
      renders.clipped++;
      return actual.Clipped(props);
    },
    SeriesPath: (props: Parameters<typeof actual.SeriesPath>[0]) => {
      renders.series++;
      return actual.SeriesPath(props);
    },
  };
});

const { MarginChart } = await import('../../../src/panels/surrogate/MarginChart');
const { curveSpecs } = await import('../../../src/panels/surrogate/curves');
const { EpochChart } = await import('../../../src/panels/neuron/EpochChart');

describe('memoized chart layers', () => {
  it('moving the margin redraws the marker, not the curves', () => {
    const curves = curveSpecs(['hinge', 'logistic'], '2', (key) => key);
    const view = { min: -4, max: 4, low: 0, high: 8 };
    const chart = (margin: number) => (
      <MarginChart title="t" filename="f" kind="loss" curves={curves} view={view} margin={margin} onMarginChange={() => {}} xLabel="m" yLabel="L" label="chart" hoverTitle={(m) => m} csvMarginHeader="m" />
    );
    const { container, rerender } = render(chart(0));
    const before = renders.clipped;
    expect(before).toBeGreaterThan(0);
    rerender(chart(-1));
    rerender(chart(-2));
    expect(renders.clipped).toBe(before);
    expect(container.querySelector('.margin-marker-line')?.getAttribute('x1')).not.toBe(null);
    // A new view does redraw them: the counter is live.
    rerender(<MarginChart title="t" filename="f" kind="loss" curves={curves} view={{ ...view, high: 3 }} margin={-2} onMarginChange={() => {}} xLabel="m" yLabel="L" label="chart" hoverTitle={(m) => m} csvMarginHeader="m" />);
    expect(renders.clipped).toBe(before + 1);
  });

  it('moving the epoch cursor redraws the cursor, not the lines', () => {
    const series = [
      { run: 'quad1' as const, label: 'a', values: Float64Array.from({ length: 11 }, (_, k) => 1 / (k + 1)) },
      { run: 'ce1' as const, label: 'b', values: Float64Array.from({ length: 11 }, (_, k) => 1 / (k + 2)) },
    ];
    const chart = (epoch: number) => <EpochChart title="a" filename="f" xLabel="epoch" yLabel="a" series={series} epochs={10} epoch={epoch} yDomain={[0, 1]} />;
    const { container, rerender } = render(chart(0));
    const before = renders.series;
    expect(before).toBe(2);
    for (let epoch = 1; epoch <= 10; epoch++) rerender(chart(epoch));
    expect(renders.series).toBe(before);
    expect(container.querySelector('.epoch-cursor')?.getAttribute('x1')).toBe(container.querySelector('.axis-bottom .axis-line')?.getAttribute('x2'));
  });
});
