import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { createStore, type StoreApi } from 'zustand';
import { PanelContext, type PanelState } from '../../../src/state/panelStore';
import type { AnyPanelDefinition } from '../../../src/panels/definition';
import type { SurrogateValues } from '../../../src/panels/surrogate/store';
import type { ProfilerOnRenderCallback, ReactNode } from 'react';
import { SeriesProfiler } from '../../../src/charts/Plot';
import { MarginChart } from '../../../src/panels/surrogate/MarginChart';
import { curveSpecs } from '../../../src/panels/surrogate/curves';
import { EpochChart } from '../../../src/panels/neuron/EpochChart';

/**
 * Counts the renders of every series line with React's <Profiler>: SeriesProfiler wraps each
 * SeriesPath in a Profiler, which reports only when that line itself renders, so a memoized layer
 * that bails out reports nothing.
 */
function profiled() {
  const renders: string[] = [];
  const onRender: ProfilerOnRenderCallback = (id) => renders.push(id);
  const wrap = (chart: ReactNode) => <SeriesProfiler.Provider value={onRender}>{chart}</SeriesProfiler.Provider>;
  return { renders, wrap };
}

describe('memoized chart layers', () => {
  it('moving the margin redraws the marker, not the curves', () => {
    const { renders, wrap } = profiled();
    const curves = curveSpecs(['hinge', 'logistic'], '2', (key) => key);
    const view = { min: -4, max: 4, low: 0, high: 8 };
    // The margin comes from the panel's store (the marker follows it without a render of the chart).
    const store = createStore<{ values: SurrogateValues }>()(() => ({ values: { m: 0 } as SurrogateValues }));
    const context = { definition: {} as AnyPanelDefinition, store: store as unknown as StoreApi<PanelState<object>>, hidden: new Set<string>() };
    const chart = (high = 8) =>
      wrap(
        <PanelContext.Provider value={context}>
          <MarginChart title="t" filename="f" kind="loss" curves={curves} view={high === 8 ? view : { ...view, high }} margin={(values) => values.m} onMarginChange={() => {}} xLabel="m" yLabel="L" label={(m) => `chart at ${m}`} hoverTitle={(m) => m} csvMarginHeader="m" />
        </PanelContext.Provider>,
      );
    const { container, rerender } = render(chart());
    expect(renders).toEqual(['hinge', 'logistic']);
    const marker = () => container.querySelector('.chart-marker-line')?.getAttribute('x1');
    const at0 = marker();
    act(() => store.setState({ values: { m: -1 } as SurrogateValues }));
    act(() => store.setState({ values: { m: -2 } as SurrogateValues }));
    expect(renders).toHaveLength(2);
    expect(marker()).not.toBe(at0);
    expect(container.querySelector('svg')?.getAttribute('aria-valuetext')).toBe('m = −2');
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe('chart at −2');
    // A new view does redraw them: the counter is live.
    rerender(chart(3));
    expect(renders).toEqual(['hinge', 'logistic', 'hinge', 'logistic']);
  });

  it('moving the epoch cursor redraws the cursor, not the lines', () => {
    const { renders, wrap } = profiled();
    const series = [
      { run: 'quad1' as const, label: 'a', values: Float64Array.from({ length: 11 }, (_, k) => 1 / (k + 1)) },
      { run: 'ce1' as const, label: 'b', values: Float64Array.from({ length: 11 }, (_, k) => 1 / (k + 2)) },
    ];
    const chart = (epoch: number) => wrap(<EpochChart title="a" filename="f" xLabel="epoch" yLabel="a" series={series} epochs={10} epoch={epoch} yDomain={[0, 1]} />);
    const { container, rerender } = render(chart(0));
    expect(renders).toEqual(['quad1', 'ce1']);
    for (let epoch = 1; epoch <= 10; epoch++) rerender(chart(epoch));
    expect(renders).toHaveLength(2);
    // The cursor is drawn at x = 0 and moved by its transform (so a frame repaints no chart): at the last epoch, the axis's end.
    const cursorX = Number(/^translate\(([-\d.]+),0\)$/.exec(container.querySelector('.epoch-cursor')?.getAttribute('transform') ?? '')?.[1]);
    expect(cursorX).toBeCloseTo(Number(container.querySelector('.axis-bottom .axis-line')?.getAttribute('x2')), 1);
  });
});
