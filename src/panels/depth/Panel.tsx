import { memo, Suspense, useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import { lazyNearViewport } from '../../components/lazyNearViewport';
import { ParamSegmented, ParamSlider } from '../../components/boundControls';
import { useT } from '../../i18n/strings';
import { formatLog10Magnitude, formatNumber, type DepthLayer } from '../../math';
import type { PanelProps } from '../definition';
import { definition } from './definition';
import { GradientBars } from './GradientBars';
import { LayerTable } from './LayerTable';
import { depthStrings } from './strings';
import { chainOf, Live, useActions, useLayerSlots, useStoreApi, useValue, type DepthValues } from './store';
import { chainSummary } from './summary';
import './panel.css';

// The formula needs KaTeX (the largest chunk): load it beside the chart, not before it.
const Formula = lazyNearViewport(() => import('./Formula').then((m) => ({ default: m.Formula })));

type PresetName = 'vanishing' | 'exploding' | 'relu' | 'saturated';
const PRESETS = Object.keys(definition.presets) as PresetName[];

/**
 * Depth: the gradient's size at every layer of a chain of one-neuron layers, on a log scale.
 *
 * The layer count is not read here: the chart, the table and the summary follow it without a render
 * of the panel (Live nodes), keeping nodes for one layer more after a step down by one
 * (useLayerSlots). The other controls re-render the panel.
 */
export default function DepthPanel({ hidden }: PanelProps) {
  const t = useT(depthStrings);
  const label = useT(definition.labels);
  const store = useStoreApi();
  const act = useValue('act');
  // Read for their re-render (the chain follows them; each changes every layer), not passed on.
  useValue('w');
  useValue('weights');
  useValue('seed');
  useValue('x');
  useValue('bias');
  useValue('b');
  useValue('z');
  const slots = useLayerSlots();
  const pinnedSame = (values: DepthValues) => values.bias === 'pin' && values.weights === 'same';
  const summaryOf = (values: DepthValues) => chainSummary(chainOf(values), t, pinnedSame(values));
  // The summary's sentences are its shape (each is a paragraph); their text follows the values.
  const sentences = useStore(store, (state) => summaryOf(state.values).length);
  const barTitle = useCallback(
    (layer: DepthLayer) =>
      layer.log10Grad === -Infinity
        ? t('barTitleZero', { layer: layer.layer })
        : t(layer.underflow ? 'barTitleUnderflow' : 'barTitle', { layer: layer.layer, value: formatLog10Magnitude(layer.log10Grad) }),
    [t],
  );
  const tableText = useMemo(
    () => ({
      caption: t('tableCaption'),
      layer: t('colLayer'),
      weight: t('colWeight'),
      bias: t('colBias'),
      z: t('colZ'),
      a: t('colA'),
      slope: t('colSlope'),
      grad: t('colGrad'),
      underflow: (value: string) => t('cellUnderflow', { value }),
      off: t('cellOff'),
    }),
    [t],
  );
  const csv = () => {
    const { layers } = chainOf(store.getState().values);
    return {
      headers: [t('csvLayer'), 'w', 'b', 'z', 'a', "phi'(z)", 'da_L/dz_l (float64)', 'log10|da_L/dz_l|'],
      rows: layers.map((l) => [l.layer, l.weight, l.bias, l.z, l.a, l.slope, l.grad, l.log10Grad]),
    };
  };

  return (
    <div className="panel-depth">
      <div className="depth-layout">
        <div className="depth-main">
          {!hidden.has('chart') && (
            <>
              <GradientBars
                slots={slots}
                title={label('chartTitle')}
                label={t('chartLabel')}
                xLabel={t('axisLayer')}
                yLabel={t('axisGrad')}
                underflowText={t('underflowBand')}
                zeroText={t('zeroMark')}
                barTitle={barTitle}
                data={csv}
              />
              <p className="muted depth-what">{t('whatBars')}</p>
            </>
          )}
          <div className="depth-summary" aria-live="polite" data-testid="depth-summary">
            {Array.from({ length: sentences }, (_, index) => (
              <Live key={index} as="p" text={(values) => summaryOf(values)[index] ?? ''} />
            ))}
          </div>
          <p className="depth-why">{t(`why.${act}`)}</p>
        </div>
        <DepthControls showPresets={!hidden.has('presets')} />
      </div>
      <Suspense fallback={null}>
        <Formula caption={t('formulaCaption')} />
      </Suspense>
      {!hidden.has('table') && <LayerTable slots={slots} t={tableText} />}
    </div>
  );
}

const formatW = (v: number) => formatNumber(v);

/**
 * Presets and every control, memoized apart from the chart and table: each control reads its own
 * value, so a step of the layers slider re-renders that slider, not the other six.
 */
const DepthControls = memo(function DepthControls({ showPresets }: { showPresets: boolean }) {
  const t = useT(depthStrings);
  const label = useT(definition.labels);
  const weightMode = useValue('weights');
  const biasMode = useValue('bias');
  const { applyPreset } = useActions();
  return (
    <div className="depth-controls">
      {showPresets && (
        <div className="presets" role="group" aria-label={label('presetsLegend')}>
          <span className="presets-legend">{label('presetsLegend')}</span>
          {PRESETS.map((name) => (
            <button key={name} type="button" onClick={() => applyPreset(name)}>
              {t(`preset.${name}`)}
            </button>
          ))}
        </div>
      )}
      <ParamSegmented name="act" />
      <ParamSlider name="layers" bench />
      <ParamSlider name="w" numberBox format={formatW} />
      <ParamSegmented name="weights" />
      {weightMode === 'random' && <ParamSlider name="seed" />}
      <ParamSlider name="x" />
      <ParamSegmented name="bias" />
      {biasMode === 'pin' ? <ParamSlider name="z" /> : <ParamSlider name="b" />}
    </div>
  );
});
