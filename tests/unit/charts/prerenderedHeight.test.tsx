import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { FunctionChart } from '../../../src/charts/FunctionChart';
import { SERIES_STYLES } from '../../../src/charts/palette';
import { GradientBars } from '../../../src/panels/depth/GradientBars';
import { definition, schema } from '../../../src/panels/depth/definition';
import { createPanelStore, PanelContext, type PanelContextValue } from '../../../src/state/panelStore';
import { defaultValues } from '../../../src/state/params';
import type { AnyPanelDefinition } from '../../../src/panels/definition';

/*
 * The prerendered SVG is drawn for 640 px; styles.css sizes any svg[data-min-height] to
 * width 100% with its 640 px aspect, clamped to data-min-height…data-max-height, so that it takes
 * the box the app gives it at the width it measures (no layout shift when the app takes over).
 * These pin the attributes to the heights the charts really use.
 */
const view = { min: -3, max: 3, low: 0, high: 5 };
const functions = [{ id: 'abs', name: 'abs', short: 'abs', style: SERIES_STYLES[0], f: Math.abs, breakpoints: [] }];

/** The height styles.css gives the prerendered SVG in a box `width` wide. */
const cssHeight = (svg: SVGSVGElement, width: number) => {
  const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
  return Math.min(Number(svg.dataset.maxHeight), Math.max(Number(svg.dataset.minHeight), (width * h) / w));
};

describe('prerendered charts reserve their hydrated height', () => {
  it('FunctionChart: clamp(width × aspect, min, max) at every width, from the 640 px drawing', () => {
    for (const [aspect, minHeight, maxHeight] of [[0.62, 260, 430], [0.55, 220, 360], [0.45, 200, 430]]) {
      const props = { title: 't', filename: 'f', functions, view, marker: 0, xLabel: 'x', yLabel: 'y', label: 'chart', csvXHeader: 'x', aspect, minHeight, maxHeight };
      const { container, unmount } = render(<FunctionChart {...props} />);
      const svg = container.querySelector<SVGSVGElement>('svg.function-chart')!;
      expect(svg.getAttribute('width')).toBe('640');
      for (const width of [300, 360, 412, 500, 640, 900, 1200]) {
        const hydrated = Math.round(Math.min(maxHeight, Math.max(minHeight, width * aspect)));
        expect(Math.abs(cssHeight(svg, width) - hydrated), `aspect ${aspect} at ${width} px`).toBeLessThanOrEqual(1);
      }
      unmount();
    }
  });

  it('the depth bars: 260 px high at any width', () => {
    // Ten sigmoid layers (the panel's defaults), from the panel's store.
    const panel: PanelContextValue = { definition: definition as unknown as AnyPanelDefinition, store: createPanelStore(definition as unknown as AnyPanelDefinition, defaultValues(schema)) as unknown as PanelContextValue['store'], hidden: new Set<string>() };
    const { container } = render(
      <PanelContext.Provider value={panel}>
        <GradientBars slots={10} title="t" label="l" xLabel="x" yLabel="y" underflowText="u" zeroText="z" barTitle={() => ''} data={() => ({ headers: [], rows: [] })} />
      </PanelContext.Provider>,
    );
    const svg = container.querySelector<SVGSVGElement>('svg.depth-bars')!;
    for (const width of [300, 412, 1200]) expect(cssHeight(svg, width)).toBe(Number(svg.getAttribute('height')));
  });
});
